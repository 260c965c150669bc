namespace Crm.Modules.Contacts.Features.Imports.Files;

/// <summary>A stored file read chunk by chunk as the reader moves through it; one chunk in memory at a time.</summary>
internal sealed class ImportFileStream(long length, Func<int, byte[]> loadChunk) : Stream
{
    private byte[] _chunk = [];
    private int _chunkIndex = -1;
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => _position = Math.Clamp(value, 0, length);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position >= length || buffer.Length == 0)
        {
            return 0;
        }

        var index = (int)(_position / ImportFileChunk.Size);
        if (index != _chunkIndex)
        {
            _chunk = loadChunk(index);
            _chunkIndex = index;
        }

        var offset = (int)(_position % ImportFileChunk.Size);
        var count = Math.Min(buffer.Length, _chunk.Length - offset);
        _chunk.AsSpan(offset, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => length + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
