/// A short, lowercase reason for an `errno` value, for one-line `FILE: reason` messages.
///
/// The common cases are said in plain words; anything else is the C library's own message.
package func errorMessage(_ code: Int32) -> String {
  switch code {
  case ENOENT: "no such file or folder"
  case EACCES, EPERM: "permission denied"
  case ENOTDIR: "a part of the path is not a folder"
  case EISDIR: "is a folder, not a file"
  case ENOSPC: "no space left on the disk"
  case EROFS: "the disk is read-only"
  case ELOOP: "too many symbolic links"
  default: String(cString: strerror(code)).lowercased()
  }
}
