# Translations. One catalogue per language in translations/webhookconsole_<lang>.ts covering every
# user-visible string of every library of app/ and ui/ and both executables (.ui files included);
# lrelease compiles them and wc_core carries the .qm files as resources under :/i18n, so both programs have
# them. Translations::install (app/core/translations.h) loads them at start-up.
#
#   cmake --build <build> --target update_translations   # refresh every .ts from the sources
#
# Included from the top-level CMakeLists.txt after the subdirectories: every target's source list
# is complete by then. See translations/README.md.
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

# Every language the console ships, besides English (the source language).
set(WC_LANGUAGES nb da fi sv)
# The languages whose catalogues are complete: tests/translations fails when a source string has
# no finished translation in one of them. Add a language once its catalogue is done.
set(WC_COMPLETE_LANGUAGES nb da fi sv)

# The options both update_translations and the completeness test give lupdate.
set(WC_LUPDATE_OPTIONS -no-obsolete -locations relative -source-language en)

set(_wc_ts_dir "${PROJECT_SOURCE_DIR}/translations")
set(_wc_qm_dir "${PROJECT_BINARY_DIR}/i18n")

# The absolute paths of the translatable sources (.cpp, .h, .ui) of the given targets.
function(wc_translatable_sources out)
    set(result "")
    foreach(target IN LISTS ARGN)
        if(NOT TARGET ${target})
            continue()
        endif()
        get_target_property(dir ${target} SOURCE_DIR)
        get_target_property(sources ${target} SOURCES)
        foreach(source IN LISTS sources)
            if(source MATCHES "\\$<" OR NOT source MATCHES "\\.(cpp|h|ui)$")
                continue()
            endif()
            cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${dir}" NORMALIZE)
            cmake_path(IS_PREFIX PROJECT_BINARY_DIR "${source}" NORMALIZE generated)
            if(NOT generated)
                list(APPEND result "${source}")
            endif()
        endforeach()
    endforeach()
    list(REMOVE_DUPLICATES result)
    list(SORT result)
    set(${out} "${result}" PARENT_SCOPE)
endfunction()

wc_translatable_sources(WC_TRANSLATABLE_SOURCES
    wc_core wc_storage wc_import wc_delivery wc_sandbox wc_operations wc_cli webhook-console-cli
    wc_ui webhook-console)
# Strings lupdate must see that no target compiles: Qt's own texts the console shows, for the
# languages Qt ships no translation of (see the file).
list(APPEND WC_TRANSLATABLE_SOURCES "${_wc_ts_dir}/qtstrings.cpp")
set(WC_TRANSLATION_INCLUDE_DIRS "${PROJECT_SOURCE_DIR}/app" "${PROJECT_SOURCE_DIR}/ui")

set(WC_TS_FILES "")
foreach(lang IN LISTS WC_LANGUAGES)
    list(APPEND WC_TS_FILES "${_wc_ts_dir}/webhookconsole_${lang}.ts")
endforeach()
# English needs only its plural forms ("%n webhook(s)" reads "1 webhook").
set(WC_TS_FILE_EN "${_wc_ts_dir}/webhookconsole_en.ts")

# update_translations would drop the strings of a program that is not configured: only offer it
# when both are.
if(TARGET webhook-console AND TARGET webhook-console-cli)
    # The first argument only names the lupdate target (webhookconsole_lupdate); the sources are
    # those of every target above.
    qt_add_lupdate(webhookconsole
        TS_FILES ${WC_TS_FILES}
        SOURCES ${WC_TRANSLATABLE_SOURCES}
        INCLUDE_DIRECTORIES ${WC_TRANSLATION_INCLUDE_DIRS}
        OPTIONS ${WC_LUPDATE_OPTIONS})
    qt_add_lupdate(webhookconsole_en
        TS_FILES ${WC_TS_FILE_EN}
        SOURCES ${WC_TRANSLATABLE_SOURCES}
        INCLUDE_DIRECTORIES ${WC_TRANSLATION_INCLUDE_DIRS}
        OPTIONS ${WC_LUPDATE_OPTIONS} -pluralonly)
else()
    message(STATUS "update_translations needs WC_BUILD_GUI and WC_BUILD_CLI: not offered")
endif()

# The .qm files, compiled into wc_core under :/i18n. Unfinished translations are left out, so a
# half-translated catalogue shows English rather than a guess.
set_source_files_properties(${WC_TS_FILES} ${WC_TS_FILE_EN} PROPERTIES OUTPUT_LOCATION "${_wc_qm_dir}")
qt_add_lrelease(wc_core
    TS_FILES ${WC_TS_FILES} ${WC_TS_FILE_EN}
    OPTIONS -silent -nounfinished
    QM_FILES_OUTPUT_VARIABLE _wc_qm_files)
qt_add_resources(wc_core wc_core_translations
    PREFIX "/i18n"
    BASE "${_wc_qm_dir}"
    FILES ${_wc_qm_files}
    OUTPUT_TARGETS _wc_qm_resource_targets)
# wc_core lives in app/, this file in the top directory: Qt then adds a custom target
# (wc_core_wc_core_translations) beside the object library that compiles rcc's output, and the
# lrelease and rcc commands land in all of them. Unordered, a parallel build runs rcc twice and
# may compile a half-written source: an executable without translations. Chain the targets so
# each command runs once, and keep AUTOGEN (which would scan rcc's output as it is written) off.
set(_wc_before wc_core_lrelease)
if(TARGET wc_core_wc_core_translations)
    add_dependencies(wc_core_wc_core_translations wc_core_lrelease)
    set(_wc_before wc_core_wc_core_translations)
endif()
foreach(target IN LISTS _wc_qm_resource_targets)
    set_target_properties(${target} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    add_dependencies(${target} ${_wc_before})
endforeach()

# What tests/translations needs to know (configured before this file is read, so it gets a header).
list(JOIN WC_LANGUAGES " " _wc_languages)
list(JOIN WC_COMPLETE_LANGUAGES " " _wc_complete_languages)
list(JOIN WC_LUPDATE_OPTIONS " " _wc_lupdate_options)
set(_wc_lst "")
foreach(dir IN LISTS WC_TRANSLATION_INCLUDE_DIRS)
    string(APPEND _wc_lst "-I${dir}\n")
endforeach()
foreach(source IN LISTS WC_TRANSLATABLE_SOURCES)
    string(APPEND _wc_lst "${source}\n")
endforeach()
file(GENERATE OUTPUT "${_wc_qm_dir}/lupdate-sources.lst" CONTENT "${_wc_lst}")
file(GENERATE OUTPUT "${_wc_qm_dir}/translationsconfig.h" CONTENT
"// Generated by cmake/translations.cmake.
#pragma once
#define WC_LUPDATE \"$<TARGET_FILE:Qt6::lupdate>\"
#define WC_LUPDATE_OPTIONS \"${_wc_lupdate_options}\"
#define WC_LUPDATE_SOURCES_LST \"${_wc_qm_dir}/lupdate-sources.lst\"
#define WC_TRANSLATIONS_DIR \"${_wc_ts_dir}\"
#define WC_LANGUAGES \"${_wc_languages}\"
#define WC_COMPLETE_LANGUAGES \"${_wc_complete_languages}\"
")
