using System.Text;

namespace MlEngineerSite.Tests;

/// <summary>
/// A stream standing in for standard output: it keeps what is written, counts the writes, can be
/// held shut (as a blocked pipe is), and lets a test wait for a line to arrive.
/// </summary>
public sealed class CapturedOutput : Stream
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly StringBuilder _text = new();
    private readonly ManualResetEventSlim _open = new(initialState: true);
    private readonly TaskCompletionSource _writeStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Action? _written;

    public int WriteCalls { get; private set; }

    public string Text
    {
        get
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }

    public string[] Lines => Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Makes every write wait until <see cref="Unblock"/>.</summary>
    public void Block() => _open.Reset();

    public void Unblock() => _open.Set();

    /// <summary>Completes once a write has begun (and, when blocked, is waiting).</summary>
    public Task WriteStarted => _writeStarted.Task.WaitAsync(Timeout, TestContext.Current.CancellationToken);

    /// <summary>Waits until a written line matches, and returns it.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check()
        {
            if (Lines.FirstOrDefault(match) is { } line)
            {
                found.TrySetResult(line);
            }
        }

        lock (_text)
        {
            _written += Check;
        }

        try
        {
            Check();
            return await found.Task.WaitAsync(Timeout, TestContext.Current.CancellationToken);
        }
        finally
        {
            lock (_text)
            {
                _written -= Check;
            }
        }
    }

    /// <summary>Runs at the start of every write, on the writing thread.</summary>
    public Action? BeforeWrite { get; set; }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        BeforeWrite?.Invoke();
        _writeStarted.TrySetResult();
        _open.Wait(Timeout);
        Action? written;
        lock (_text)
        {
            WriteCalls++;
            _text.Append(Encoding.UTF8.GetString(buffer));
            written = _written;
        }

        written?.Invoke();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Flush()
    {
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _open.Dispose();
        }

        base.Dispose(disposing);
    }
}
