// Internal to the loader: the JSON DOM a dataset is parsed into. It is nlohmann's basic_json
// with one difference: while a DomArenaScope is alive, its objects and arrays are carved out
// of a DomArena, and freeing them is free. A load builds a DOM of millions of small nodes and
// throws it away at once; with malloc, freeing them one by one cost as much as a third of a
// bare parse. String values still use the ordinary allocator (they are moved into the model).
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace polity::detail {

class DomArena {
public:
    DomArena() = default;
    DomArena(const DomArena&) = delete;
    DomArena& operator=(const DomArena&) = delete;
    ~DomArena();

    void* Allocate(std::size_t bytes, std::size_t align);
    bool Owns(const void* p) const;  // was `p` allocated here?

private:
    struct Block {
        std::uintptr_t start, end;
    };
    void NewBlock(std::size_t at_least);

    std::vector<Block> blocks_;       // sorted by address, for Owns
    std::uintptr_t at_ = 0, end_ = 0; // the free part of the newest block
    std::size_t next_size_ = 64 * 1024;
};

// The arena DOM nodes go to on this thread, or nullptr.
DomArena* CurrentDomArena();

// Makes `arena` current for its lifetime. Every DOM value created in the scope must be gone
// before it ends: declare the arena and the scope before the DOM.
class DomArenaScope {
public:
    explicit DomArenaScope(DomArena& arena);
    ~DomArenaScope();
    DomArenaScope(const DomArenaScope&) = delete;
    DomArenaScope& operator=(const DomArenaScope&) = delete;

private:
    DomArena* previous_;
};

// Stateless, as nlohmann requires: it finds the arena through CurrentDomArena(), and falls
// back to the ordinary allocator outside a scope.
template <class T>
struct DomAllocator {
    using value_type = T;
    DomAllocator() noexcept = default;
    template <class U>
    DomAllocator(const DomAllocator<U>&) noexcept {}

    T* allocate(std::size_t n) {
        if (DomArena* arena = CurrentDomArena()) return static_cast<T*>(arena->Allocate(n * sizeof(T), alignof(T)));
        return std::allocator<T>().allocate(n);
    }
    void deallocate(T* p, std::size_t n) noexcept {
        const DomArena* arena = CurrentDomArena();
        if (arena && arena->Owns(p)) return;  // goes with the arena
        std::allocator<T>().deallocate(p, n);
    }
    template <class U>
    bool operator==(const DomAllocator<U>&) const noexcept { return true; }
    template <class U>
    bool operator!=(const DomAllocator<U>&) const noexcept { return false; }
};

using Dom = nlohmann::basic_json<std::map, std::vector, std::string, bool, std::int64_t, std::uint64_t, double, DomAllocator>;

} // namespace polity::detail
