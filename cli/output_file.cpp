#include "cli/output_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace mvzsim::cli {

namespace {

std::string folder_of(const std::string& path) {
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

// The permissions the file gets: those of the file it replaces, else the usual 0666 less umask.
mode_t target_mode(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) return st.st_mode & 07777;
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

}  // namespace

std::string check_output_path(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
        return "cannot write " + path + ": it exists and is not a regular file (a folder or a device)";
    const std::string folder = folder_of(path);
    if (::stat(folder.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
        return "cannot write " + path + ": the folder " + folder + " does not exist";
    if (::access(folder.c_str(), W_OK) != 0)
        return "cannot write " + path + ": the folder " + folder + " is not writable";
    return {};
}

void write_file_atomically(const std::string& path, const std::string& content) {
    if (const std::string problem = check_output_path(path); !problem.empty()) throw std::runtime_error(problem);
    const mode_t mode = target_mode(path);
    std::string pattern = path + ".tmp-XXXXXX";
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0) throw std::runtime_error("cannot write " + path + ": " + std::strerror(errno));
    const std::string temp(name.data());
    auto fail = [&](const char* step) {
        const std::string reason = std::strerror(errno);
        ::close(fd);
        std::remove(temp.c_str());
        throw std::runtime_error("cannot write " + path + " (" + step + "): " + reason);
    };
    const char* data = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail("write");
        }
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) fail("fsync");
    // mkstemp creates the file with mode 0600; give it the permissions it would otherwise have.
    if (::fchmod(fd, mode) != 0) fail("chmod");
    if (::close(fd) != 0) {
        const std::string reason = std::strerror(errno);
        std::remove(temp.c_str());
        throw std::runtime_error("cannot write " + path + " (close): " + reason);
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        std::remove(temp.c_str());
        throw std::runtime_error("cannot write " + path + " (rename): " + reason);
    }
}

}  // namespace mvzsim::cli
