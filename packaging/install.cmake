# What `cmake --install` puts on a system besides the two binaries (app/, ui/), the .deb that
# CPack makes of it (`./packaging/dev package`), and the tests that keep the desktop metadata
# valid. Included from the top-level CMakeLists.txt.
include(GNUInstallDirs)

set(STAGECRAFT_APP_ID io.github.stagecraft.stagecraft)
install(FILES packaging/${STAGECRAFT_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES packaging/${STAGECRAFT_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES resources/icons/stagecraft.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${STAGECRAFT_APP_ID}.svg)
install(FILES resources/icons/stagecraft-256.png DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/256x256/apps
        RENAME ${STAGECRAFT_APP_ID}.png)

# Debian policy asks for manual pages and the changelog compressed with gzip -9, without a
# time stamp, so the package is reproducible; lintian reports an uncompressed page as an error.
function(stagecraft_install_compressed source destination)
  get_filename_component(name ${source} NAME)
  set(compressed ${PROJECT_BINARY_DIR}/packaging/${name}.gz)
  add_custom_command(OUTPUT ${compressed}
                     COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/packaging
                     COMMAND sh -c "gzip -9 -n -c \"$1\" > \"$2\"" sh ${source} ${compressed}
                     DEPENDS ${source}
                     COMMENT "Compressing ${name}" VERBATIM)
  add_custom_target(stagecraft_compress_${name} ALL DEPENDS ${compressed})
  install(FILES ${compressed} DESTINATION ${destination})
endfunction()

# Debian's documentation folder: the copyright file and the changelog (packaging/changelog,
# the one list of releases; the metainfo's <releases> are checked against it).
install(FILES packaging/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/stagecraft)
stagecraft_install_compressed(${PROJECT_SOURCE_DIR}/packaging/changelog ${CMAKE_INSTALL_DATADIR}/doc/stagecraft)

# The .deb. Its maintainer is the one named in the newest changelog entry.
file(STRINGS ${PROJECT_SOURCE_DIR}/packaging/changelog changelog_trailers REGEX "^ -- ")
list(GET changelog_trailers 0 newest_trailer)
string(REGEX REPLACE "^ -- (.*>)  .*$" "\\1" STAGECRAFT_MAINTAINER "${newest_trailer}")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME stagecraft)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${STAGECRAFT_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "wizard and command line for multi-stage Dockerfiles")
# Debian wants the lines of the long description shorter than 80 characters.
set(CPACK_PACKAGE_DESCRIPTION "Stagecraft teaches and produces production-grade multi-stage
Dockerfiles. It scans a project folder (or takes a stack chosen by hand),
asks a few questions and shows a highlighted Dockerfile that follows every
choice, each line explained, with an estimate of the image size. The
stagecraft command line does everything the window does, for scripts and CI.")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/stagecraft/stagecraft")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The libraries the binaries link come from dpkg-shlibdeps (with the versions this build
# needs); the names are the same on Debian 13 and Ubuntu 24.04. The window also needs Qt's
# platform plugins, which nothing links.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins (>= ${Qt6_VERSION_MAJOR}.${Qt6_VERSION_MINOR})")
# Qt's own translations (qtbase_<lang>.qm: standard buttons and dialogs); Stagecraft's are built in.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "hicolor-icon-theme, qt6-translations-l10n")
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_SOURCE_DIR}/build/packages)
include(CPack)

if(BUILD_TESTING)
  add_subdirectory(packaging/check)
endif()
