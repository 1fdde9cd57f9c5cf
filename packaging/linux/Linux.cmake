# Linux install rules and the DEB/TGZ settings; included by packaging/Packaging.cmake.
#
# Translations are compiled into both executables as Qt resources (qt_add_translations with
# RESOURCE_PREFIX /i18n), so no .qm files are installed; Qt's own (qtbase_zh_CN) come from
# qt6-translations-l10n. The icon is compiled in as well; the theme copies below are for menus.
set(CLIENTELE_PKG_DIR ${CMAKE_BINARY_DIR}/packaging)
set(CLIENTELE_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/clientele) # Debian's name, not DOCDIR's "Clientele"

# Desktop entry, icon theme, AppStream metadata (version, date and homepage filled in from project()).
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${CLIENTELE_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/resources/icons/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
configure_file(${CMAKE_CURRENT_LIST_DIR}/${CLIENTELE_APP_ID}.metainfo.xml.in
               ${CLIENTELE_PKG_DIR}/${CLIENTELE_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CLIENTELE_PKG_DIR}/${CLIENTELE_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# /usr/share/doc/clientele: the licence as a Debian copyright file and a changelog.gz whose version
# and date come from project() (gzip -n: no time stamp inside, so the package is reproducible).
execute_process(COMMAND date -u -R -d "${CLIENTELE_RELEASE_DATE}"
                OUTPUT_VARIABLE CLIENTELE_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE)
execute_process(COMMAND date -u +%s -d "${CLIENTELE_RELEASE_DATE}"
                OUTPUT_VARIABLE CLIENTELE_RELEASE_EPOCH OUTPUT_STRIP_TRAILING_WHITESPACE)
configure_file(${CMAKE_CURRENT_LIST_DIR}/copyright.in ${CLIENTELE_PKG_DIR}/copyright @ONLY)
configure_file(${CMAKE_CURRENT_LIST_DIR}/changelog.in ${CLIENTELE_PKG_DIR}/changelog @ONLY)
add_custom_command(OUTPUT ${CLIENTELE_PKG_DIR}/changelog.gz
                   COMMAND gzip -9nfk ${CLIENTELE_PKG_DIR}/changelog
                   DEPENDS ${CLIENTELE_PKG_DIR}/changelog VERBATIM)
install(FILES ${CLIENTELE_PKG_DIR}/copyright ${CLIENTELE_PKG_DIR}/changelog.gz DESTINATION ${CLIENTELE_DOC_DIR})

# Man pages made at build time from the executables' own --help and --version (help2man), so the
# text is written once. English whatever the builder's language or saved UI language.
find_program(CLIENTELE_HELP2MAN help2man)
set(CLIENTELE_MAN_PAGES)
if(CLIENTELE_HELP2MAN)
    set(CLIENTELE_MAN_ENV ${CMAKE_COMMAND} -E env LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=
        HOME=${CLIENTELE_PKG_DIR}/man-home XDG_CONFIG_HOME=${CLIENTELE_PKG_DIR}/man-home QT_QPA_PLATFORM=offscreen
        SOURCE_DATE_EPOCH=${CLIENTELE_RELEASE_EPOCH}) # the page's date is the release's, not the build's
    set(clientele_cli_man_name "command-line interface of Clientele, a customer base for small shops")
    set(clientele_man_name "Clientele, a customer base for small shops")
    foreach(program clientele-cli clientele)
        if(NOT TARGET ${program})
            continue()
        endif()
        string(REPLACE "-" "_" var ${program})
        set(page ${CLIENTELE_PKG_DIR}/${program}.1)
        add_custom_command(OUTPUT ${page}.gz
            COMMAND ${CLIENTELE_MAN_ENV} ${CLIENTELE_HELP2MAN} --no-info --no-discard-stderr
                    --name=${${var}_man_name} --section=1 --output=${page} $<TARGET_FILE:${program}>
            COMMAND gzip -9nf ${page}
            DEPENDS ${program} VERBATIM)
        list(APPEND CLIENTELE_MAN_PAGES ${page}.gz)
    endforeach()
    install(FILES ${CLIENTELE_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
    message(STATUS "help2man not found: no man pages (bash packaging/linux/install-deps.sh installs it)")
endif()
add_custom_target(clientele_package_files ALL DEPENDS ${CLIENTELE_PKG_DIR}/changelog.gz ${CLIENTELE_MAN_PAGES})

# Full RELRO (read-only GOT), as Debian's hardening flags give packaged programs.
foreach(program clientele clientele-cli)
    if(TARGET ${program})
        target_link_options(${program} PRIVATE -Wl,-z,relro -Wl,-z,now)
    endif()
endforeach()

set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # clientele_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CLIENTELE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc") # Debian has no "office" section; the menu category is Office
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Libraries the executables link come from dpkg-shlibdeps; what Qt loads at run time does not show
# there: the SQLite driver, Qt's own Chinese translations, and a Chinese font for the window and
# the PDF report. The xcb and offscreen platforms are in libqt6gui6 (found by shlibdeps); PNG is
# built into QtGui, so no image-format plugin package is needed.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-translations-l10n, fonts-wqy-microhei | fonts-noto-cjk | fonts-wqy-zenhei")
# A Wayland session runs the app natively with the Wayland plugin, else through XWayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Tests (label packaging). The metadata validators are quick and run with every ctest when the
# tools are installed; lintian and the install check need the .deb, so they are added only with
# -DCLIENTELE_TEST_PACKAGE=ON (then: cpack --preset release && ctest --preset release -L packaging).
if(CLIENTELE_BUILD_TESTS)
    find_program(CLIENTELE_DESKTOP_FILE_VALIDATE desktop-file-validate)
    find_program(CLIENTELE_APPSTREAMCLI appstreamcli)
    if(CLIENTELE_DESKTOP_FILE_VALIDATE)
        add_test(NAME packaging_desktop_file
                 COMMAND ${CLIENTELE_DESKTOP_FILE_VALIDATE} ${CMAKE_CURRENT_LIST_DIR}/${CLIENTELE_APP_ID}.desktop)
        set_tests_properties(packaging_desktop_file PROPERTIES LABELS packaging)
    endif()
    if(CLIENTELE_APPSTREAMCLI)
        add_test(NAME packaging_metainfo
                 COMMAND ${CLIENTELE_APPSTREAMCLI} validate --no-net ${CLIENTELE_PKG_DIR}/${CLIENTELE_APP_ID}.metainfo.xml)
        set_tests_properties(packaging_metainfo PROPERTIES LABELS packaging)
    endif()
    option(CLIENTELE_TEST_PACKAGE "Add the tests that need the built .deb (lintian, install in a fresh Debian root)" OFF)
    if(CLIENTELE_TEST_PACKAGE)
        add_test(NAME packaging_lintian COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/lintian.sh ${CMAKE_BINARY_DIR})
        add_test(NAME packaging_install COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/check-install.sh
                 WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
        set_tests_properties(packaging_lintian packaging_install PROPERTIES LABELS packaging TIMEOUT 3600
                             ENVIRONMENT "CLIENTELE_PACKAGE_DIR=${CMAKE_BINARY_DIR}")
    endif()
endif()
