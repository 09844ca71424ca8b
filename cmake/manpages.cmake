# Manual pages webhook-console(1) and webhook-console-cli(1), made at build time from the programs'
# own --help and --version by Debian's help2man (so a new command, option or exit code reaches the
# page by itself), with the sections --help lacks from packaging/<program>.h2m; installed gzipped
# (-9n: reproducible). On in the "package" preset (scripts/package installs help2man and checks that
# both pages are in the package); off elsewhere, so that no other build runs the programs.
option(WC_BUILD_MANPAGES "Make the manual pages with help2man" OFF)
if(NOT WC_BUILD_MANPAGES)
    return()
endif()
find_program(WC_HELP2MAN help2man)
if(NOT WC_HELP2MAN)
    message(FATAL_ERROR "WC_BUILD_MANPAGES needs help2man (apt-get install help2man)")
endif()

# The pages carry the date of the latest changelog entry, not the day of the build (reproducible).
set(WC_CHANGELOG_SOURCE ${PROJECT_SOURCE_DIR}/packaging/changelog)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${WC_CHANGELOG_SOURCE})
file(STRINGS ${WC_CHANGELOG_SOURCE} WC_CHANGELOG_TRAILER REGEX "^ -- .*>  " LIMIT_COUNT 1)
string(REGEX REPLACE "^ -- .*>  " "" WC_CHANGELOG_DATE "${WC_CHANGELOG_TRAILER}")
execute_process(COMMAND date -d "${WC_CHANGELOG_DATE}" +%s
    OUTPUT_VARIABLE WC_SOURCE_DATE_EPOCH OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE WC_DATE_RESULT)
if(NOT WC_DATE_RESULT EQUAL 0 OR NOT WC_SOURCE_DATE_EPOCH MATCHES "^[0-9]+$")
    message(FATAL_ERROR "packaging/changelog: cannot read the date of the latest entry")
endif()

set(WC_MAN_DIR ${CMAKE_BINARY_DIR}/man)
set(WC_MAN_HOME ${CMAKE_BINARY_DIR}/man/home)
set(WC_MAN_PAGES)
set(WC_MAN_NAME_webhook-console "manage Vipps MobilePay webhooks from the desktop")
set(WC_MAN_NAME_webhook-console-cli "manage Vipps MobilePay webhooks from the command line")
foreach(program webhook-console webhook-console-cli)
    if(NOT TARGET ${program})
        continue()
    endif()
    set(include ${PROJECT_SOURCE_DIR}/packaging/${program}.h2m)
    set(page ${WC_MAN_DIR}/${program}.1)
    # English whatever the builder's language or saved Preferences: a throwaway HOME, the C locale;
    # the window answers --help without a display.
    add_custom_command(OUTPUT ${page}.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${WC_MAN_HOME}
        COMMAND ${CMAKE_COMMAND} -E env --unset=LANGUAGE --unset=LC_MESSAGES --unset=DISPLAY
                --unset=WAYLAND_DISPLAY LC_ALL=C.UTF-8 LANG=C.UTF-8 HOME=${WC_MAN_HOME}
                XDG_CONFIG_HOME=${WC_MAN_HOME}/config XDG_DATA_HOME=${WC_MAN_HOME}/data
                QT_QPA_PLATFORM=offscreen SOURCE_DATE_EPOCH=${WC_SOURCE_DATE_EPOCH}
                ${WC_HELP2MAN} --no-info --no-discard-stderr --section=1 "--source=Webhook Console"
                "--name=${WC_MAN_NAME_${program}}" --include=${include} --output=${page} $<TARGET_FILE:${program}>
        COMMAND perl -0777 -pi ${PROJECT_SOURCE_DIR}/packaging/manpage-sections.pl ${page}
        COMMAND gzip -9nf ${page}
        DEPENDS ${program} ${include} ${PROJECT_SOURCE_DIR}/packaging/manpage-sections.pl
        COMMENT "Making the manual page ${program}(1) with help2man"
        VERBATIM)
    list(APPEND WC_MAN_PAGES ${page}.gz)
endforeach()
add_custom_target(wc_manpages ALL DEPENDS ${WC_MAN_PAGES})
install(FILES ${WC_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
