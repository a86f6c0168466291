// The platform's C library under one name, so the rest of the code imports `Platform` instead of
// choosing between Glibc (Linux), Musl (static Linux builds) and Darwin (macOS) in every file.
#if canImport(Glibc)
  @_exported public import Glibc
#elseif canImport(Musl)
  @_exported public import Musl
#elseif canImport(Darwin)
  @_exported public import Darwin
#else
  #error("Platform: no C library for this platform")
#endif
