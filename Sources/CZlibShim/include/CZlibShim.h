#ifndef VERBATIM_CZLIBSHIM_H
#define VERBATIM_CZLIBSHIM_H

#include <stddef.h>
#include <stdint.h>

/// A streaming gzip decoder (multi-member aware). Opaque to Swift.
typedef struct vb_gunzip vb_gunzip;

vb_gunzip *vb_gunzip_open(void);
void vb_gunzip_close(vb_gunzip *stream);

/// Status codes of `vb_gunzip_step`.
enum {
    VB_GUNZIP_OK = 0,         ///< progress made; call again
    VB_GUNZIP_NEED_INPUT = 1, ///< all input consumed; feed more
    VB_GUNZIP_ERROR = -1      ///< the data is not valid gzip
};

/// Decodes from `input` (`input_length` bytes) into `output` (`output_capacity` bytes).
/// Sets `*consumed` and `*produced` to the byte counts used. Concatenated gzip members are decoded in turn.
int vb_gunzip_step(vb_gunzip *stream, const uint8_t *input, size_t input_length, size_t *consumed,
                   uint8_t *output, size_t output_capacity, size_t *produced);

/// Whether the stream ended cleanly: every gzip member started was finished.
int vb_gunzip_is_complete(const vb_gunzip *stream);

#endif
