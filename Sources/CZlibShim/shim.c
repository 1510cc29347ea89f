#include "CZlibShim.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

struct vb_gunzip {
    z_stream z;
    int finished_member;
    int in_member;
};

int vb_gunzip_is_complete(const vb_gunzip *stream) {
    return !stream->in_member;
}

vb_gunzip *vb_gunzip_open(void) {
    vb_gunzip *stream = calloc(1, sizeof(vb_gunzip));
    if (stream == NULL) return NULL;
    if (inflateInit2(&stream->z, 15 + 32) != Z_OK) {
        free(stream);
        return NULL;
    }
    return stream;
}

void vb_gunzip_close(vb_gunzip *stream) {
    if (stream == NULL) return;
    inflateEnd(&stream->z);
    free(stream);
}

int vb_gunzip_step(vb_gunzip *stream, const uint8_t *input, size_t input_length, size_t *consumed,
                   uint8_t *output, size_t output_capacity, size_t *produced) {
    *consumed = 0;
    *produced = 0;
    if (input_length == 0) return VB_GUNZIP_NEED_INPUT;
    if (stream->finished_member) {
        /* Another gzip member follows the previous one. */
        if (inflateReset(&stream->z) != Z_OK) return VB_GUNZIP_ERROR;
        stream->finished_member = 0;
    }
    stream->z.next_in = (Bytef *)input;
    stream->z.avail_in = (uInt)(input_length > UINT32_MAX ? UINT32_MAX : input_length);
    stream->z.next_out = output;
    stream->z.avail_out = (uInt)(output_capacity > UINT32_MAX ? UINT32_MAX : output_capacity);
    uInt before_in = stream->z.avail_in;
    uInt before_out = stream->z.avail_out;
    int rc = inflate(&stream->z, Z_NO_FLUSH);
    *consumed = before_in - stream->z.avail_in;
    *produced = before_out - stream->z.avail_out;
    if (*consumed > 0) stream->in_member = 1;
    if (rc == Z_STREAM_END) {
        stream->finished_member = 1;
        stream->in_member = 0;
        return VB_GUNZIP_OK;
    }
    if (rc == Z_OK) return VB_GUNZIP_OK;
    if (rc == Z_BUF_ERROR) return (*consumed == 0 && *produced == 0) ? VB_GUNZIP_NEED_INPUT : VB_GUNZIP_OK;
    return VB_GUNZIP_ERROR;
}
