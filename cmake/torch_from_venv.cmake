# LibTorch is the one inside the PyPI torch wheel that scripts/bootstrap.sh installs into a
# virtual environment outside the tree (MSLW_VENV, default ~/.cache/msl-workbench/venv). Its
# Python reports where the CMake config lives, which version it is and which C++ ABI it uses,
# so a wheel of another ABI is an error here instead of a wall of undefined symbols at link time.
set(MSLW_VENV "$ENV{MSLW_VENV}" CACHE PATH "Python environment holding the torch wheel")
if(NOT MSLW_VENV)
  set(cache_home "$ENV{XDG_CACHE_HOME}")
  if(NOT cache_home)
    set(cache_home "$ENV{HOME}/.cache")
  endif()
  set(MSLW_VENV "${cache_home}/msl-workbench/venv" CACHE PATH "" FORCE)
endif()
find_program(MSLW_PYTHON NAMES python3 python PATHS "${MSLW_VENV}/bin" NO_DEFAULT_PATH)
if(NOT MSLW_PYTHON)
  message(FATAL_ERROR "No Python in ${MSLW_VENV}/bin: run scripts/bootstrap.sh, which creates the "
                      "environment with the pinned torch wheel (or set MSLW_VENV).")
endif()
execute_process(
  COMMAND "${MSLW_PYTHON}" -c
    "import torch; print(torch.utils.cmake_prefix_path); print(torch.__version__.split('+')[0]); print(torch.version.cuda or ''); print(int(torch._C._GLIBCXX_USE_CXX11_ABI))"
  OUTPUT_VARIABLE torch_facts ERROR_VARIABLE torch_error RESULT_VARIABLE torch_status
  OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT torch_status EQUAL 0)
  message(FATAL_ERROR "${MSLW_PYTHON} cannot import torch (${torch_error}): run scripts/bootstrap.sh")
endif()
string(REPLACE "\n" ";" torch_facts "${torch_facts}")
list(GET torch_facts 0 torch_prefix)
list(GET torch_facts 1 MSLW_TORCH_VERSION)
list(GET torch_facts 2 MSLW_TORCH_CUDA_VERSION)
list(GET torch_facts 3 torch_cxx11_abi)

# This compiler's default ABI must be the wheel's: mixing them links but fails on std::string.
file(WRITE "${CMAKE_BINARY_DIR}/abi_probe.cpp"
     "#include <string>\nint main() { return _GLIBCXX_USE_CXX11_ABI; }\n")
try_run(abi_run abi_compiled "${CMAKE_BINARY_DIR}/abi_probe" "${CMAKE_BINARY_DIR}/abi_probe.cpp")
if(NOT abi_compiled OR NOT abi_run EQUAL torch_cxx11_abi)
  message(FATAL_ERROR "C++ ABI mismatch: the torch wheel in ${MSLW_VENV} was built with "
                      "_GLIBCXX_USE_CXX11_ABI=${torch_cxx11_abi}, this compiler defaults to "
                      "${abi_run}. Install a torch wheel built with the compiler's ABI.")
endif()

# TorchConfig searches the system's library folders before the wheel's: a stray libtorch there
# (Debian's libtorch-dev) would win. Name the wheel's libraries first.
get_filename_component(MSLW_TORCH_LIBRARY_DIR "${torch_prefix}/../../lib" ABSOLUTE)
foreach(library torch c10)
  find_library(${library}_LIBRARY NAMES ${library} PATHS "${MSLW_TORCH_LIBRARY_DIR}" NO_DEFAULT_PATH)
endforeach()
set(TORCH_LIBRARY "${torch_LIBRARY}" CACHE FILEPATH "" FORCE)
set(TORCH_CUDA_ARCH_LIST "8.0;8.6;8.9;9.0" CACHE STRING "GPU architectures LibTorch's CUDA flags target")
list(PREPEND CMAKE_PREFIX_PATH "${torch_prefix}")
find_package(Torch ${MSLW_TORCH_VERSION} EXACT REQUIRED CONFIG PATHS "${torch_prefix}" NO_DEFAULT_PATH)

# The CUDA toolkit, when present, for our own kernels: the H100/H200 (90) and recent workstation
# cards (80, 86, 89), the same list LibTorch's flags get above.
include(CheckLanguage)
check_language(CUDA)
if(CMAKE_CUDA_COMPILER)
  if(NOT DEFINED CMAKE_CUDA_ARCHITECTURES)
    set(CMAKE_CUDA_ARCHITECTURES 80 86 89 90)
  endif()
  enable_language(CUDA)
endif()
set(MSLW_TORCH_CUDA_LINKED OFF)
if(TARGET torch_cuda)
  set(MSLW_TORCH_CUDA_LINKED ON)
endif()
message(STATUS "LibTorch ${MSLW_TORCH_VERSION} from ${torch_prefix}, CUDA "
               "${MSLW_TORCH_CUDA_VERSION} linked: ${MSLW_TORCH_CUDA_LINKED}")

# Binaries find libtorch in the build tree and in the install tree without LD_LIBRARY_PATH:
# build trees get CMake's RPATH; installed ones look beside themselves (the package's bundled
# copy) and then in the environment they were built against.
set(CMAKE_INSTALL_RPATH
    "\$ORIGIN/../lib/msl-workbench/torch/lib;\$ORIGIN/../lib/msl-workbench/nvidia/cu13/lib"
    "${MSLW_TORCH_LIBRARY_DIR}")

# libtorch.so exports its own copy of 64 std::filesystem functions (built with another GCC), and
# a program that needs libtorch.so before libstdc++.so resolves those calls to it: its
# remove_all of a non-empty folder jumps to address 0 (found by tst_trainer). Needing libstdc++
# first makes every std:: call resolve to the system's libstdc++, whose ABI the code was built
# against.
add_link_options("LINKER:--push-state,--no-as-needed" "-lstdc++" "LINKER:--pop-state")
