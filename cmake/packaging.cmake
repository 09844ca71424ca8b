# Installation and the Debian package (CPack's DEB generator).
include(GNUInstallDirs)

foreach(program webhook-console webhook-console-cli)
    if(TARGET ${program})
        install(TARGETS ${program} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
endforeach()
add_subdirectory(resources)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME webhook-console)
set(CPACK_PACKAGE_VENDOR "Webhook Console developers")
set(CPACK_PACKAGE_CONTACT "Webhook Console developers <webhook-console@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Manage Vipps MobilePay webhooks from the desktop")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Manage Vipps MobilePay webhooks from the desktop
 Webhook Console lists, registers and deletes Vipps MobilePay webhooks in the test and
 production environments, keeps API keys and webhook secrets in the system keychain, and
 comes with an embedded sandbox and a command-line companion.")
# dpkg-shlibdeps derives the Qt 6 and QtKeychain runtime libraries from the binaries; the
# Secret Service client library is loaded at run time by QtKeychain, so it is named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
include(CPack)
