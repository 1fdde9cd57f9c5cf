# macOS disk image (included from packaging/Packaging.cmake before include(CPack)): Clientele.app
# with its Info.plist (bundle id, version, icon) on a DragNDrop .dmg with an Applications link.
# The Qt runtime goes into the bundle through the deploy script in app/desktop (macdeployqt at
# install time; a static Qt, vcpkg's default on macOS, needs none). README: Build on macOS.
set(CLIENTELE_ICNS "${CMAKE_SOURCE_DIR}/resources/icons/clientele.icns")
if(TARGET clientele)
    set_target_properties(clientele PROPERTIES
        MACOSX_BUNDLE ON
        OUTPUT_NAME "Clientele"
        MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
        MACOSX_BUNDLE_GUI_IDENTIFIER "invalid.example.clientele"
        MACOSX_BUNDLE_BUNDLE_NAME "Clientele"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_ICON_FILE "clientele.icns"
        MACOSX_BUNDLE_COPYRIGHT "MIT licence, see LICENSE")
    if(EXISTS "${CLIENTELE_ICNS}")
        target_sources(clientele PRIVATE "${CLIENTELE_ICNS}")
        set_source_files_properties("${CLIENTELE_ICNS}" TARGET_DIRECTORY clientele
                                    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    endif()
endif()

configure_file("${CMAKE_SOURCE_DIR}/LICENSE" "${CMAKE_BINARY_DIR}/packaging/LICENSE.txt" COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_BINARY_DIR}/packaging/LICENSE.txt") # shown before the image mounts
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Clientele ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_ICON "${CLIENTELE_ICNS}")
