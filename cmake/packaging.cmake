# Installation and the Debian package (CPack's DEB generator). scripts/package builds it from the
# "package" preset (RelWithDebInfo: the debug symbols go to webhook-console-dbgsym), checks it
# with lintian and installs it on a clean Debian 12 root.
include(GNUInstallDirs)

foreach(program webhook-console webhook-console-cli)
    if(TARGET ${program})
        install(TARGETS ${program} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
endforeach()
add_subdirectory(resources)
include(${CMAKE_CURRENT_LIST_DIR}/manpages.cmake)

# Debian's documentation folder: the machine-readable copyright file and the changelog (gzip -9n:
# no name or time stamp, so the package is reproducible).
set(WC_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(WC_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/webhook-console)
set(WC_CHANGELOG ${CMAKE_BINARY_DIR}/packaging/changelog.gz)
add_custom_command(OUTPUT ${WC_CHANGELOG}
    COMMAND ${CMAKE_COMMAND} -E copy ${WC_PACKAGING_DIR}/changelog ${CMAKE_BINARY_DIR}/packaging/changelog
    COMMAND gzip -9nf ${CMAKE_BINARY_DIR}/packaging/changelog
    DEPENDS ${WC_PACKAGING_DIR}/changelog
    COMMENT "Compressing the Debian changelog"
    VERBATIM)
add_custom_target(wc_changelog ALL DEPENDS ${WC_CHANGELOG})
install(FILES ${WC_PACKAGING_DIR}/copyright ${WC_CHANGELOG} DESTINATION ${WC_DOC_DIR})
# lintian prints nothing for the package: no override is needed. A deliberate exception would go
# to usr/share/lintian/overrides/webhook-console, with its reason, from here.
if(TARGET webhook-console-cli)
    install(FILES ${WC_PACKAGING_DIR}/webhook-console-cli.bash-completion
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME webhook-console-cli)
    # The scheduled "check" as a systemd user timer and service, installed disabled (the README says
    # how to enable it): /usr/lib/systemd/user whatever the prefix's library folder is called.
    install(FILES ${WC_PACKAGING_DIR}/webhook-console-check.service ${WC_PACKAGING_DIR}/webhook-console-check.timer
        DESTINATION lib/systemd/user)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME webhook-console)
set(CPACK_PACKAGE_VENDOR "Webhook Console developers")
set(CPACK_PACKAGE_CONTACT "Webhook Console developers <webhook-console@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Manage Vipps MobilePay webhooks from the desktop")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# The extended description; CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY before it as the synopsis,
# indents each line and turns the empty line into " ." (lines of at most 80 columns).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Webhook Console lists, registers and deletes Vipps MobilePay webhooks in the
test and production environments, for several sales units or with partner
keys. API keys and webhook secrets stay in the system keychain.

It comes with an embedded sandbox API and a command-line companion,
webhook-console-cli, for scripts and checks.")
# The debug symbols of both programs go to webhook-console-dbgsym (CPack strips the programs in
# the main package and links them to their symbols by build id); the build must carry debug
# information (RelWithDebInfo), and CPACK_STRIP_FILES must stay off.
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
set(CPACK_POST_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/completedbgsym.cmake)
# dpkg-shlibdeps derives the Qt 6 and QtKeychain runtime libraries from the binaries. What the
# programs load at run time is invisible to it and named here:
# - libsecret-1-0: QtKeychain's Secret Service client (dlopen);
# - qt6-qpa-plugins: the platform plugins (xcb, wayland, offscreen) without which no window opens;
# - libqt6sql6-sqlite: the SQLite driver of Qt SQL, which holds the local state;
# - libqt6svg6: the SVG image-format and icon-engine plugins (the scalable icon, SVG theme icons).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
include(CPack)
