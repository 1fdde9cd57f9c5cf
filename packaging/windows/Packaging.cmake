# Windows installer (included from packaging/Packaging.cmake before include(CPack)): an NSIS
# setup.exe with the licence page, a Start-menu entry, an optional desktop shortcut and an
# uninstaller (listed in Apps & features), plus a ZIP of the same files. The Qt runtime comes from
# the deploy script in app/desktop (windeployqt at install time). Build it with the vcpkg preset,
# then `cpack --config build/vcpkg/CPackConfig.cmake` (README: Build on Windows).
set(CLIENTELE_ICO "${CMAKE_SOURCE_DIR}/resources/icons/clientele.ico")

# The icon inside clientele.exe (Explorer, taskbar, shortcuts).
if(TARGET clientele AND EXISTS "${CLIENTELE_ICO}")
    file(TO_CMAKE_PATH "${CLIENTELE_ICO}" clientele_ico_path)
    file(CONFIGURE OUTPUT "${CMAKE_BINARY_DIR}/packaging/clientele.rc"
         CONTENT "IDI_ICON1 ICON \"@clientele_ico_path@\"\n" @ONLY)
    target_sources(clientele PRIVATE "${CMAKE_BINARY_DIR}/packaging/clientele.rc")
endif()

# NSIS shows the licence as text; it wants a .txt file.
configure_file("${CMAKE_SOURCE_DIR}/LICENSE" "${CMAKE_BINARY_DIR}/packaging/LICENSE.txt" COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_BINARY_DIR}/packaging/LICENSE.txt")

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Clientele")
set(CPACK_PACKAGE_EXECUTABLES "clientele" "Clientele") # Start menu: Clientele → bin\clientele.exe
set(CPACK_CREATE_DESKTOP_LINKS "clientele")            # offered on the installer's options page
set(CPACK_NSIS_PACKAGE_NAME "Clientele")
set(CPACK_NSIS_DISPLAY_NAME "Clientele ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${CLIENTELE_ICO}")
set(CPACK_NSIS_MUI_UNIICON "${CLIENTELE_ICO}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\clientele.exe") # the icon in Apps & features
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "clientele.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON) # an update replaces the old version cleanly
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall Clientele")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_MODIFY_PATH OFF)
# 64-bit Program Files, not Program Files (x86).
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
