# The layering rules of ARCHITECTURE.md, checked when CMake configures the project: a forbidden
# link stops the configuration with a message that names the path. The include rules (no ui/ and
# no widget header under app/) are checked by the architecture_includes test (tests/architecture).

# Libraries that are widgets or pull them in.
set(EINVOICE_WIDGET_LIBRARIES Qt6::Widgets Qt6::PdfWidgets Qt6::Charts Qt6::PrintSupport)
# What only a server needs.
set(EINVOICE_SERVER_LIBRARIES einvoice_sandbox Qt6::HttpServer)

# _einvoice_link_closure(<target> <var>): every library <target> links, directly or through others,
# as "a>b>c" paths from <target>, so a failure can say how the forbidden library got in.
function(_einvoice_link_closure target var)
    set(paths "")
    set(seen "")
    set(queue "${target}")
    set(queue_paths "${target}")
    while(queue)
        list(POP_FRONT queue current)
        list(POP_FRONT queue_paths current_path)
        if(NOT TARGET ${current})
            if(current MATCHES "^(einvoice_|Qt6::)")
                message(FATAL_ERROR "${current_path}: ${current} is not a target (a renamed library?)")
            endif()
            continue()
        endif()
        get_target_property(imported ${current} IMPORTED)
        if(imported)
            get_target_property(links ${current} INTERFACE_LINK_LIBRARIES)
        else()
            get_target_property(links ${current} LINK_LIBRARIES)
        endif()
        if(NOT links)
            continue()
        endif()
        foreach(link ${links})
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" link "${link}")
            if(link MATCHES "^\\$<" OR link IN_LIST seen)
                continue()
            endif()
            list(APPEND seen ${link})
            list(APPEND paths "${current_path}>${link}")
            list(APPEND queue ${link})
            list(APPEND queue_paths "${current_path}>${link}")
        endforeach()
    endwhile()
    set(${var} ${paths} PARENT_SCOPE)
endfunction()

# _einvoice_forbid(<target> <why> <library>...): fails when <target> reaches one of the libraries.
function(_einvoice_forbid target why)
    _einvoice_link_closure(${target} paths)
    foreach(path ${paths})
        string(REGEX REPLACE ".*>" "" reached "${path}")
        if(reached IN_LIST ARGN)
            message(FATAL_ERROR "Layering (ARCHITECTURE.md): ${why}\n  ${target} links ${reached}: "
                "${path}")
        endif()
    endforeach()
endfunction()

# _einvoice_all_targets(<dir> <var>): the targets defined in <dir> and the folders below it.
function(_einvoice_all_targets dir var)
    get_property(result DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
    get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
    foreach(subdir ${subdirs})
        _einvoice_all_targets(${subdir} below)
        list(APPEND result ${below})
    endforeach()
    set(${var} ${result} PARENT_SCOPE)
endfunction()

function(einvoice_check_layers)
    get_property(app_libraries GLOBAL PROPERTY EINVOICE_APP_LIBRARIES)
    get_property(ui_libraries GLOBAL PROPERTY EINVOICE_UI_LIBRARIES)
    foreach(library ${app_libraries})
        _einvoice_forbid(${library} "an app/ library never links widgets"
            ${EINVOICE_WIDGET_LIBRARIES} ${ui_libraries})
    endforeach()
    foreach(client einvoice_api einvoice_secrets einvoice_store einvoice_core)
        _einvoice_forbid(${client} "the client and what it stands on link no server"
            ${EINVOICE_SERVER_LIBRARIES})
    endforeach()
    # Every program, test and benchmark: only real libraries (a misspelt name would link as -l<name>).
    _einvoice_all_targets(${CMAKE_SOURCE_DIR} targets)
    foreach(target ${targets})
        _einvoice_link_closure(${target} ignored)
    endforeach()
    foreach(program sepay-einvoice-cli sepay-sandbox)
        _einvoice_forbid(${program} "the command line and the sandbox program link no widgets"
            ${EINVOICE_WIDGET_LIBRARIES} ${ui_libraries})
    endforeach()
endfunction()
