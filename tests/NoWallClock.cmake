# Fails when a source file other than core/domain/Clock.cpp reads the wall clock directly.
file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR}
     ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
     ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
set(offenders "")
foreach(source IN LISTS sources)
    if(source STREQUAL "core/domain/Clock.cpp" OR source STREQUAL "core/domain/Clock.h")
        continue()
    endif()
    file(STRINGS ${SOURCE_DIR}/${source} hits REGEX "QDate::currentDate\\(|QDateTime::currentDateTime(Utc)?\\(|QDateTime::currentSecsSinceEpoch|QDateTime::currentMSecsSinceEpoch")
    if(hits)
        list(APPEND offenders "${source}: ${hits}")
    endif()
endforeach()
if(offenders)
    list(JOIN offenders "\n" text)
    message(FATAL_ERROR "read core::Clock instead of the wall clock:\n${text}")
endif()
