# cmake -DSOURCE_DIR=<repo> -DAPP_ID=<id> -DVERSION=<x.y.z> -P check-metadata.cmake
# Checks that the desktop entry, the metainfo and the files they name agree with each other and
# with the project: the newest release is the project version, every screenshot URL names a PNG
# committed under the repository, the icon name is the application id and the icons exist.

file(READ ${SOURCE_DIR}/packaging/${APP_ID}.metainfo.xml metainfo)
file(READ ${SOURCE_DIR}/packaging/${APP_ID}.desktop desktop)

string(REGEX MATCH "<id>([^<]*)</id>" _ "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL APP_ID)
    message(FATAL_ERROR "metainfo <id> is '${CMAKE_MATCH_1}', expected ${APP_ID}")
endif()

string(REGEX MATCH "<release version=\"([^\"]*)\"" _ "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "newest metainfo release is '${CMAKE_MATCH_1}', the project is ${VERSION}")
endif()

string(FIND "${metainfo}" "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>" at)
if(at EQUAL -1)
    message(FATAL_ERROR "metainfo <launchable> does not name ${APP_ID}.desktop")
endif()
string(FIND "${desktop}" "\nIcon=${APP_ID}\n" at)
if(at EQUAL -1)
    message(FATAL_ERROR "the desktop entry's Icon= is not ${APP_ID}")
endif()

string(REGEX MATCHALL "/main/[^<]*\\.png</image>" images "${metainfo}")
list(LENGTH images count)
if(count EQUAL 0)
    message(FATAL_ERROR "metainfo has no screenshots")
endif()
foreach(image IN LISTS images)
    string(REGEX REPLACE "^/main/(.*)</image>$" "\\1" path "${image}")
    if(NOT EXISTS ${SOURCE_DIR}/${path})
        message(FATAL_ERROR "screenshot ${path} named in the metainfo is not in the repository")
    endif()
endforeach()

foreach(icon sepay-einvoice.svg sepay-einvoice.png sepay-einvoice-48.png)
    if(NOT EXISTS ${SOURCE_DIR}/resources/icons/${icon})
        message(FATAL_ERROR "icon resources/icons/${icon} is missing")
    endif()
endforeach()
message(STATUS "metadata consistent: ${APP_ID} ${VERSION}, ${count} screenshots")
