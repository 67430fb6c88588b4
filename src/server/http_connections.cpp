// ConnectionManager (see http_connections.h). The reader thread alone touches the connections it
// holds (no lock); connections move between it and the workers through two locked queues. After
// refusing a request the reader keeps reading (and discarding) for a moment before closing, so
// the client sees the error instead of a reset caused by its unread bytes.
#include "server/http_connections.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace mlxla::server {
namespace {

using Clock = ConnectionClock;

constexpr auto kScanInterval = std::chrono::milliseconds(100);
/// After an error response: how long, and how many bytes, the rest of the request is discarded.
constexpr auto kLingerTime = std::chrono::seconds(2);
constexpr size_t kLingerBytes = 64u << 20;
/// Reads per readiness event, so one fast client cannot hold the reader.
constexpr int kReadsPerEvent = 16;
constexpr size_t kReadSize = 64 * 1024;
/// File descriptors kept free for the rest of the process (model files, logs, the listener).
constexpr size_t kReservedDescriptors = 64;

/// Best effort, never blocks: the responses written here are small and the socket is fresh.
void send_now(int fd, const std::string& data) {
  size_t done = 0;
  while (done < data.size()) {
    const ssize_t n =
        ::send(fd, data.data() + done, data.size() - done, MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n > 0) {
      done += static_cast<size_t>(n);
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else {
      return;
    }
  }
}

void peer_address(int fd, Connection& conn) {
  sockaddr_storage addr{};
  socklen_t len = sizeof(addr);
  if (::getpeername(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) return;
  char text[INET6_ADDRSTRLEN] = {};
  if (addr.ss_family == AF_INET) {
    const auto* in = reinterpret_cast<const sockaddr_in*>(&addr);
    ::inet_ntop(AF_INET, &in->sin_addr, text, sizeof(text));
    conn.remote_port = ntohs(in->sin_port);
  } else if (addr.ss_family == AF_INET6) {
    const auto* in6 = reinterpret_cast<const sockaddr_in6*>(&addr);
    ::inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof(text));
    conn.remote_port = ntohs(in6->sin6_port);
  }
  conn.remote = text;
}

size_t connection_cap(size_t wanted) {
  rlimit limit{};
  if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) return wanted;
  const size_t soft = static_cast<size_t>(limit.rlim_cur);
  const size_t usable = soft > 2 * kReservedDescriptors ? soft - kReservedDescriptors : soft / 2;
  return std::max<size_t>(1, std::min(wanted, usable));
}

}  // namespace

struct ConnectionManager::Impl {
  ConnectionOptions options;
  ConnectionHandler& handler;
  size_t cap = 0;
  int epoll_fd = -1;
  int wake_fd = -1;
  std::thread reader;
  std::vector<std::thread> workers;
  bool started = false;
  std::atomic<bool> stopping{false};
  std::atomic<size_t> open{0};  ///< connections reading, queued or served

  /// Complete requests waiting for a worker of one kind.
  struct Lane {
    std::deque<std::unique_ptr<Connection>> ready;
    std::condition_variable cv;
  };

  std::mutex mutex;  // guards the queues below and the lanes' queues
  std::vector<int> accepted;
  std::vector<std::unique_ptr<Connection>> returned;  ///< keep-alive, back from a worker
  Lane heavy;                                         ///< every request but GET/HEAD
  Lane light;                                         ///< GET/HEAD

  // The reader's own state.
  std::unordered_map<int, std::unique_ptr<Connection>> reading;
  size_t buffered = 0;
  std::vector<char> read_buffer = std::vector<char>(kReadSize);

  Impl(ConnectionOptions o, ConnectionHandler& h) : options(std::move(o)), handler(h) {}

  void wake() const {
    const uint64_t one = 1;
    [[maybe_unused]] const ssize_t n = ::write(wake_fd, &one, sizeof(one));
  }

  void reader_loop();
  void worker_loop(Lane& lane);
  void take(int fd);
  void watch(std::unique_ptr<Connection> conn);
  void resume(std::unique_ptr<Connection> conn);
  void on_readable(int fd);
  void advance(Connection& conn);
  void account(Connection& conn);
  void refuse(Connection& conn, const FramingError& error);
  void dispatch(int fd);
  void close_connection(int fd);
  bool evict_oldest();
  void scan_deadlines();
  Clock::time_point deadline_of(const Connection& conn) const;
};

Clock::time_point ConnectionManager::Impl::deadline_of(const Connection& conn) const {
  if (conn.lingering) return conn.deadline;
  if (!conn.request_started) {
    return conn.waiting_since +
           (conn.requests == 0 ? options.header_timeout : options.idle_timeout);
  }
  const Clock::time_point whole = conn.request_start + options.request_timeout;
  if (conn.framer.headers_done()) return whole;
  return std::min(whole, conn.request_start + options.header_timeout);
}

void ConnectionManager::Impl::account(Connection& conn) {
  const size_t held = conn.input.size() + conn.framer.held_bytes();
  buffered = buffered + held - conn.held;
  conn.held = held;
}

void ConnectionManager::Impl::watch(std::unique_ptr<Connection> conn) {
  epoll_event event{};
  event.events = EPOLLIN;
  event.data.fd = conn->fd;
  if (::epoll_ctl(epoll_fd, EPOLL_CTL_ADD, conn->fd, &event) != 0) {
    ::close(conn->fd);
    open.fetch_sub(1);
    return;
  }
  const int fd = conn->fd;
  reading[fd] = std::move(conn);
}

void ConnectionManager::Impl::take(int fd) {
  if (open.load() >= cap && !evict_oldest()) {
    ::close(fd);  // every connection is being served: nothing idle to make room
    return;
  }
  const int flags = ::fcntl(fd, F_GETFL, 0);
  ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
  auto conn = std::make_unique<Connection>(options.limits);
  conn->fd = fd;
  peer_address(fd, *conn);
  conn->waiting_since = Clock::now();
  open.fetch_add(1);
  watch(std::move(conn));
}

void ConnectionManager::Impl::resume(std::unique_ptr<Connection> conn) {
  conn->framer.reset();
  conn->continue_sent = false;
  conn->waiting_since = Clock::now();
  conn->request_started = !conn->input.empty();
  conn->request_start = conn->waiting_since;
  conn->held = 0;
  const int fd = conn->fd;
  const bool pipelined = !conn->input.empty();
  watch(std::move(conn));
  if (pipelined && reading.count(fd) != 0) advance(*reading.at(fd));
}

void ConnectionManager::Impl::advance(Connection& conn) {
  const RequestFramer::State state = conn.framer.feed(conn.input);
  account(conn);
  if (state == RequestFramer::State::kError) return refuse(conn, conn.framer.error());
  if (state == RequestFramer::State::kComplete) return dispatch(conn.fd);
  if (conn.framer.wants_continue() && !conn.continue_sent) {
    send_now(conn.fd, "HTTP/1.1 100 Continue\r\n\r\n");
    conn.continue_sent = true;
  }
  if (buffered > options.max_buffered_bytes) {
    refuse(conn, FramingError{503, "the server holds too many unfinished requests; retry later"});
  }
}

void ConnectionManager::Impl::on_readable(int fd) {
  auto it = reading.find(fd);
  if (it == reading.end()) return;
  Connection& conn = *it->second;
  for (int i = 0; i < kReadsPerEvent; ++i) {
    const ssize_t n = ::recv(fd, read_buffer.data(), read_buffer.size(), 0);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
    if (n <= 0) return close_connection(fd);  // the client left (mid-request: nobody to answer)
    if (conn.lingering) {
      conn.lingered_bytes += static_cast<size_t>(n);
      if (conn.lingered_bytes > kLingerBytes) return close_connection(fd);
      continue;
    }
    if (!conn.request_started) {
      conn.request_started = true;
      conn.request_start = Clock::now();
    }
    conn.input.append(read_buffer.data(), static_cast<size_t>(n));
    advance(conn);
    if (reading.count(fd) == 0 || conn.lingering ||
        conn.framer.state() != RequestFramer::State::kNeedMore)
      return;
  }
}

void ConnectionManager::Impl::refuse(Connection& conn, const FramingError& error) {
  send_now(conn.fd, handler.refuse(conn, error));
  ::shutdown(conn.fd, SHUT_WR);
  conn.lingering = true;
  conn.deadline = Clock::now() + kLingerTime;
  conn.input.clear();
  conn.input.shrink_to_fit();
  conn.framer.reset();
  account(conn);
}

void ConnectionManager::Impl::dispatch(int fd) {
  auto it = reading.find(fd);
  std::unique_ptr<Connection> conn = std::move(it->second);
  reading.erase(it);
  ::epoll_ctl(epoll_fd, EPOLL_CTL_DEL, fd, nullptr);
  buffered -= conn->held;
  conn->held = 0;
  const std::string& method = conn->framer.method();
  Lane& lane = method == "GET" || method == "HEAD" ? light : heavy;
  {
    std::lock_guard<std::mutex> lock(mutex);
    lane.ready.push_back(std::move(conn));
  }
  lane.cv.notify_one();
}

void ConnectionManager::Impl::close_connection(int fd) {
  auto it = reading.find(fd);
  if (it == reading.end()) return;
  buffered -= it->second->held;
  ::epoll_ctl(epoll_fd, EPOLL_CTL_DEL, fd, nullptr);
  ::close(fd);
  reading.erase(it);
  open.fetch_sub(1);
}

bool ConnectionManager::Impl::evict_oldest() {
  // Lingering connections first (already answered), then the one waiting longest for its request.
  int victim = -1;
  bool victim_lingering = false;
  Clock::time_point since = Clock::time_point::max();
  for (const auto& [fd, conn] : reading) {
    const bool better =
        conn->lingering != victim_lingering ? conn->lingering : conn->waiting_since < since;
    if (victim < 0 || better) {
      victim = fd;
      victim_lingering = conn->lingering;
      since = conn->waiting_since;
    }
  }
  if (victim < 0) return false;
  close_connection(victim);
  return true;
}

void ConnectionManager::Impl::scan_deadlines() {
  const Clock::time_point now = Clock::now();
  std::vector<int> expired;
  for (const auto& [fd, conn] : reading) {
    if (now >= deadline_of(*conn)) expired.push_back(fd);
  }
  for (int fd : expired) {
    Connection& conn = *reading.at(fd);
    if (conn.lingering || !conn.request_started) {
      close_connection(fd);  // nothing was asked: an idle connection is closed without a word
    } else {
      refuse(conn, FramingError{408, conn.framer.headers_done()
                                         ? "the request body did not arrive in time"
                                         : "the request headers did not arrive in time"});
    }
  }
}

void ConnectionManager::Impl::reader_loop() {
  std::vector<epoll_event> events(256);
  Clock::time_point last_scan = Clock::now();
  while (!stopping.load()) {
    const int n = ::epoll_wait(epoll_fd, events.data(), static_cast<int>(events.size()),
                               static_cast<int>(kScanInterval.count()));
    std::vector<int> fresh;
    std::vector<std::unique_ptr<Connection>> back;
    {
      std::lock_guard<std::mutex> lock(mutex);
      fresh.swap(accepted);
      back.swap(returned);
    }
    for (int fd : fresh) take(fd);
    for (auto& conn : back) resume(std::move(conn));
    for (int i = 0; i < n; ++i) {
      if (events[static_cast<size_t>(i)].data.fd == wake_fd) {
        uint64_t count = 0;
        [[maybe_unused]] const ssize_t r = ::read(wake_fd, &count, sizeof(count));
        continue;
      }
      on_readable(events[static_cast<size_t>(i)].data.fd);
    }
    if (Clock::now() - last_scan >= kScanInterval) {
      scan_deadlines();
      last_scan = Clock::now();
    }
  }
  std::vector<int> fds;
  for (const auto& [fd, conn] : reading) fds.push_back(fd);
  for (int fd : fds) close_connection(fd);
}

void ConnectionManager::Impl::worker_loop(Lane& lane) {
  while (true) {
    std::unique_ptr<Connection> conn;
    {
      std::unique_lock<std::mutex> lock(mutex);
      lane.cv.wait(lock, [&] { return !lane.ready.empty() || stopping.load(); });
      if (lane.ready.empty()) return;
      conn = std::move(lane.ready.front());
      lane.ready.pop_front();
    }
    const bool last =
        conn->requests + 1 >= options.max_requests_per_connection || !conn->framer.keep_alive();
    const bool keep = !stopping.load() && handler.serve(*conn, last) && !last;
    ++conn->requests;
    if (keep && !stopping.load()) {
      {
        std::lock_guard<std::mutex> lock(mutex);
        returned.push_back(std::move(conn));
      }
      wake();
    } else {
      ::close(conn->fd);
      open.fetch_sub(1);
    }
  }
}

ConnectionManager::ConnectionManager(ConnectionOptions options, ConnectionHandler& handler)
    : impl_(std::make_unique<Impl>(std::move(options), handler)) {}

ConnectionManager::~ConnectionManager() {
  stop();
}

Status ConnectionManager::start() {
  Impl& impl = *impl_;
  if (impl.started) return Status::Ok();
  impl.cap = connection_cap(impl.options.max_connections);
  impl.epoll_fd = ::epoll_create1(EPOLL_CLOEXEC);
  impl.wake_fd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (impl.epoll_fd < 0 || impl.wake_fd < 0)
    return io_error(std::string("epoll/eventfd: ") + std::strerror(errno));
  epoll_event event{};
  event.events = EPOLLIN;
  event.data.fd = impl.wake_fd;
  if (::epoll_ctl(impl.epoll_fd, EPOLL_CTL_ADD, impl.wake_fd, &event) != 0) {
    return io_error(std::string("epoll_ctl: ") + std::strerror(errno));
  }
  impl.started = true;
  impl.reader = std::thread([&impl] { impl.reader_loop(); });
  const int workers = std::max(1, impl.options.workers);
  for (int i = 0; i < workers; ++i)
    impl.workers.emplace_back([&impl] { impl.worker_loop(impl.heavy); });
  const int light = std::max(1, impl.options.light_workers);
  for (int i = 0; i < light; ++i)
    impl.workers.emplace_back([&impl] { impl.worker_loop(impl.light); });
  return Status::Ok();
}

void ConnectionManager::add(int fd) {
  Impl& impl = *impl_;
  if (!impl.started || impl.stopping.load()) {
    ::close(fd);
    return;
  }
  {
    std::lock_guard<std::mutex> lock(impl.mutex);
    impl.accepted.push_back(fd);
  }
  impl.wake();
}

void ConnectionManager::stop() {
  Impl& impl = *impl_;
  if (!impl.started) return;
  {
    std::lock_guard<std::mutex> lock(impl.mutex);
    impl.stopping.store(true);
  }
  impl.wake();
  impl.heavy.cv.notify_all();
  impl.light.cv.notify_all();
  if (impl.reader.joinable()) impl.reader.join();
  for (std::thread& worker : impl.workers) {
    if (worker.joinable()) worker.join();
  }
  // Whatever arrived after the reader ended.
  for (int fd : impl.accepted) ::close(fd);
  for (auto& conn : impl.returned) ::close(conn->fd);
  for (Impl::Lane* lane : {&impl.heavy, &impl.light}) {
    for (auto& conn : lane->ready) ::close(conn->fd);
    lane->ready.clear();
  }
  impl.accepted.clear();
  impl.returned.clear();
  ::close(impl.epoll_fd);
  ::close(impl.wake_fd);
  impl.epoll_fd = impl.wake_fd = -1;
  impl.started = false;
}

bool ConnectionManager::peer_open(int fd) {
  pollfd p{fd, POLLIN, 0};
  if (::poll(&p, 1, 0) < 0) return true;
  if ((p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0) return false;
  if ((p.revents & POLLIN) == 0) return true;
  char byte = 0;
  const ssize_t n = ::recv(fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
  return n > 0 || (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR));
}

}  // namespace mlxla::server
