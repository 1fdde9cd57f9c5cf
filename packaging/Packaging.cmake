# Install extras and CPack, the one place for both: DEB and a tarball on Linux (packaging/linux/),
# NSIS/WiX on Windows, DragNDrop on macOS. The version is project(VERSION), written nowhere else.
set(CLIENTELE_APP_ID "io.github.clientele.Clientele") # AppStream id = .desktop file name
set(CLIENTELE_RELEASE_DATE "2026-11-30")              # the day project(VERSION) was released
set(CLIENTELE_MAINTAINER "The Clientele developers <clientele@example.invalid>")

set(CPACK_PACKAGE_NAME "clientele")
set(CPACK_PACKAGE_VENDOR "The Clientele developers")
set(CPACK_PACKAGE_CONTACT "${CLIENTELE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "customer base for small shops")
set(CPACK_PACKAGE_DESCRIPTION "Clientele keeps the customer book of a small shop (clothing, beauty, cafe,\n\
a small chain) in an SQLite file on your own disk. It imports the customer\n\
and order spreadsheets you already have (Chinese or English, GBK or UTF-8),\n\
tiers and segments customers by what they bought and when, plans follow-ups\n\
and prints a monthly report. In Chinese and English; clientele-cli scripts\n\
all of it.")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)

if(UNIX AND NOT APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/linux/Linux.cmake)
else()
    install(FILES ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})
endif()

if(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/Packaging.cmake)
elseif(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos/Packaging.cmake)
endif()
include(CPack)
