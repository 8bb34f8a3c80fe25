# Shared settings for every target of the project.

# einvoice_setup_target(<target>): house compile definitions and warnings.
function(einvoice_setup_target target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        EINVOICE_VERSION="${PROJECT_VERSION}")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(EINVOICE_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# einvoice_add_library(<name> SOURCES ... LIBS ... [USER_TEXT]): the one static library of an app/
# folder. Includes read "<folder>/<file>.h" (app/ is on the include path). USER_TEXT: its tr() texts
# reach the desktop app's user, so lupdate scans its sources (ui/CMakeLists.txt).
function(einvoice_add_library name)
    cmake_parse_arguments(ARG "USER_TEXT" "" "SOURCES;LIBS" ${ARGN})
    qt_add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
    target_link_libraries(${name} PUBLIC ${ARG_LIBS})
    einvoice_setup_target(${name})
    set_property(GLOBAL APPEND PROPERTY EINVOICE_APP_LIBRARIES ${name})
    if(ARG_USER_TEXT)
        set_property(GLOBAL APPEND PROPERTY EINVOICE_USER_TEXT_LIBRARIES ${name})
    endif()
endfunction()

# einvoice_add_ui_library(<name> SOURCES ... LIBS ...): the one widget library of a ui/ folder.
# Includes read "ui/<folder>/<file>.h" for widgets and "<folder>/<file>.h" for the app libraries.
function(einvoice_add_ui_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    qt_add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${CMAKE_SOURCE_DIR} ${CMAKE_SOURCE_DIR}/app)
    target_link_libraries(${name} PUBLIC Qt6::Widgets ${ARG_LIBS})
    einvoice_setup_target(${name})
    set_property(GLOBAL APPEND PROPERTY EINVOICE_UI_LIBRARIES ${name})
    set_property(GLOBAL APPEND PROPERTY EINVOICE_USER_TEXT_LIBRARIES ${name})
endfunction()

# einvoice_user_text_sources(<var>): every source file lupdate scans (absolute paths): those of
# the ui libraries and of the app libraries marked USER_TEXT.
function(einvoice_user_text_sources var)
    get_property(libraries GLOBAL PROPERTY EINVOICE_USER_TEXT_LIBRARIES)
    set(result "")
    foreach(library ${libraries})
        get_target_property(sources ${library} SOURCES)
        get_target_property(folder ${library} SOURCE_DIR)
        list(FILTER sources INCLUDE REGEX "\\.(cpp|h)$")
        foreach(source ${sources})
            if(IS_ABSOLUTE ${source})
                list(APPEND result ${source})
            else()
                list(APPEND result ${folder}/${source})
            endif()
        endforeach()
    endforeach()
    set(${var} ${result} PARENT_SCOPE)
endfunction()

# add_app_test(<name> SOURCES ... LIBS ... [GUI] [TIMEOUT s]): one Qt Test binary under ctest.
function(add_app_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    einvoice_setup_target(${name})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    if(EINVOICE_TEST_TIMEOUT_FACTOR)
        math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * ${EINVOICE_TEST_TIMEOUT_FACTOR}")
    endif()
    set(runtime_dir ${CMAKE_BINARY_DIR}/test-runtime)
    file(MAKE_DIRECTORY ${runtime_dir})
    file(CHMOD ${runtime_dir} DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
    # Each test gets its own data, config and cache folders: nothing a test writes reaches the
    # real home, and tests running in parallel do not share a Demo server file or a database.
    set(test_home ${CMAKE_BINARY_DIR}/test-home/${name})
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        SKIP_REGULAR_EXPRESSION "SKIP   :"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;XDG_RUNTIME_DIR=${runtime_dir};LC_ALL=C.UTF-8;EINVOICE_TEST_SOURCE_DIR=${CMAKE_SOURCE_DIR};XDG_DATA_HOME=${test_home}/data;XDG_CONFIG_HOME=${test_home}/config;XDG_CACHE_HOME=${test_home}/cache")
endfunction()
