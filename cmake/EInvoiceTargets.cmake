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

# einvoice_add_library(<name> SOURCES ... LIBS ...): one static library per folder.
function(einvoice_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    qt_add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
    target_link_libraries(${name} PUBLIC ${ARG_LIBS})
    einvoice_setup_target(${name})
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
