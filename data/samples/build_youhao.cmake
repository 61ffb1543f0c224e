# Builds the sample project 友好社区 from the sources in youhao/ with gridatlas-cli:
#   cmake -DCLI=<gridatlas-cli> -DSOURCES=<.../youhao> -DOUTPUT=<.../samples/youhao.sqlite> -P build_youhao.cmake
# The project is built in a temporary file that replaces OUTPUT only when every step succeeded, so
# a failed import never leaves a half-built sample behind. Each command's output goes to
# youhao.log next to OUTPUT; the build shows one line per layer.
foreach(var CLI SOURCES OUTPUT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "build_youhao.cmake needs -D${var}=...")
  endif()
endforeach()

get_filename_component(out_dir "${OUTPUT}" DIRECTORY)
set(partial "${out_dir}/youhao.partial.sqlite")
set(log "${out_dir}/youhao.log")
file(MAKE_DIRECTORY "${out_dir}")
file(REMOVE "${partial}" "${partial}-wal" "${partial}-shm" "${partial}-journal")
file(WRITE "${log}" "")

# Runs gridatlas-cli with the given arguments; stops the build with the command's own message.
function(cli label)
  execute_process(COMMAND "${CLI}" ${ARGN} --operator sample-build
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  string(JOIN " " shown ${ARGN})
  file(APPEND "${log}" "$ gridatlas-cli ${shown}\n${out}${err}\n")
  if(NOT rc EQUAL 0)
    file(REMOVE "${partial}" "${partial}-wal" "${partial}-shm")
    message(FATAL_ERROR "sample ${label}: gridatlas-cli ${shown}\nfailed (exit ${rc}):\n${err}${out}")
  endif()
  set(summary "")
  foreach(key new rejected)
    if(out MATCHES "\n  ${key} +([0-9]+)")
      string(APPEND summary " ${key} ${CMAKE_MATCH_1}")
    endif()
  endforeach()
  if(summary)
    message(STATUS "sample ${label}:${summary}")
  endif()
endfunction()

cli(project new "${partial}" --crs EPSG:4549 --division 320623001001 --name 友好社区)
cli(communities import "${partial}" --layer communities "${SOURCES}/community.geojson")
cli(grids import "${partial}" --layer grids "${SOURCES}/grids.geojson")
cli(compounds import "${partial}" --layer compounds "${SOURCES}/compounds.geojson")
cli(buildings import "${partial}" --layer buildings "${SOURCES}/buildings.geojson")
cli(roads import "${partial}" --layer roads "${SOURCES}/roads.geojson")
cli(water import "${partial}" --layer water "${SOURCES}/water.geojson")
cli(organisations import "${partial}" --layer organisations "${SOURCES}/organisations.geojson")
cli(staff import "${partial}" --layer staff "${SOURCES}/staff.csv")
cli(issues import "${partial}" --layer issues "${SOURCES}/issues.csv")
# The registers as street offices send them: a GBK CSV without a .cpg, and an XLSX whose header
# row sits below a title row, with a notes sheet to ignore. Their encoding, header row and sheet
# are left for the importer to find.
cli(households-a import "${partial}" --layer households "${SOURCES}/households_a.csv" --field tags=关注人群)
cli(households-b import "${partial}" --layer households "${SOURCES}/households_b.xlsx" --field tags=关注人群)
# Every household linked to its building by its address (户进房), so grid counts come from links.
cli(geocode geocode "${partial}")

if(EXISTS "${partial}-wal")
  message(FATAL_ERROR "sample: ${partial}-wal is left over; the project was not closed cleanly")
endif()
file(REMOVE "${OUTPUT}-wal" "${OUTPUT}-shm")
file(RENAME "${partial}" "${OUTPUT}")
