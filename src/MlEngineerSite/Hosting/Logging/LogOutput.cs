using System.Buffers;

namespace MlEngineerSite.Hosting.Logging;

/// <summary>
/// The one place log lines are written to standard output. Callers append whole lines to a buffer
/// and return at once; a thread of its own writes whatever has gathered in one call, then pauses
/// for <see cref="BatchInterval"/> so that lines gather again. The first line after a quiet spell
/// goes out immediately and any line within that interval; under load, hundreds of lines share one
/// write and one wake-up of the thread, instead of each line costing a write and a switch. The
/// thread runs at low CPU priority (<see cref="LowCpuPriority"/>), so it writes in the gaps between requests.
/// Lines are never split or interleaved, and <see cref="Dispose"/> writes out everything still buffered.
/// Should the output block for long, lines beyond <see cref="DefaultMaxBufferedBytes"/> are dropped
/// and counted, rather than the server running out of memory; the count is reported once it drains.
/// </summary>
public sealed class LogOutput : IDisposable
{
    public const int DefaultMaxBufferedBytes = 16 * 1024 * 1024;

    public static readonly TimeSpan BatchInterval = TimeSpan.FromMilliseconds(20);

    private readonly Stream _output;
    private readonly int _maxBufferedBytes;
    private readonly Thread _writer;
    private readonly object _gate = new(); // A monitor, not a Lock: the writer thread waits on it for lines (Monitor.Wait and Pulse).
    private ArrayBufferWriter<byte> _pending = new(64 * 1024);
    private ArrayBufferWriter<byte> _writing = new(64 * 1024);
    private long _dropped;
    private bool _stopping;
    private bool _writerDone;
    private bool _writerWaiting;

    public LogOutput(Stream output, int maxBufferedBytes = DefaultMaxBufferedBytes)
    {
        _output = output;
        _maxBufferedBytes = maxBufferedBytes;
        _writer = new Thread(WriteLoop) { IsBackground = true, Name = "Log output" };
        _writer.Start();
    }

    /// <summary>Appends one or more whole lines (UTF-8, each ending in a newline).</summary>
    public void Write(ReadOnlySpan<byte> lines)
    {
        lock (_gate)
        {
            if (_writerDone)
            {
                // After shutdown (a late log line from another component), write straight through.
                // Until the writer has finished, a line logged during shutdown is buffered like any
                // other, so it follows the last batch rather than racing it.
                WriteOut(lines, dropped: 0);
                return;
            }

            if (_pending.WrittenCount + lines.Length > _maxBufferedBytes)
            {
                _dropped++;
                return;
            }

            lines.CopyTo(_pending.GetSpan(lines.Length));
            _pending.Advance(lines.Length);
            if (_writerWaiting)
            {
                Monitor.Pulse(_gate);
            }
        }
    }

    private void WriteLoop()
    {
        // A write of hundreds of lines must not pre-empt the requests in flight on a busy core:
        // on one core this took the salary page's p99 from 2.68 to 2.27 ms (bench/README.md).
        LowCpuPriority.ForCurrentThread();
        while (true)
        {
            long dropped;
            lock (_gate)
            {
                while (_pending.WrittenCount == 0 && !_stopping)
                {
                    _writerWaiting = true;
                    Monitor.Wait(_gate);
                    _writerWaiting = false;
                }

                if (_pending.WrittenCount == 0)
                {
                    _writerDone = true; // Stopping, and everything is written.
                    return;
                }

                (_pending, _writing) = (_writing, _pending);
                (dropped, _dropped) = (_dropped, 0);
            }

            WriteOut(_writing.WrittenSpan, dropped);
            _writing.ResetWrittenCount();
            Thread.Sleep(BatchInterval);
        }
    }

    private void WriteOut(ReadOnlySpan<byte> lines, long dropped)
    {
        try
        {
            _output.Write(lines);
            if (dropped > 0)
            {
                _output.Write(System.Text.Encoding.UTF8.GetBytes($"{dropped} log line(s) were dropped: the log output could not keep up.\n"));
            }

            _output.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // Standard output closed or disposed (the reader went away): there is nowhere left to
            // report to, and a log line must never take the server down.
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_stopping)
            {
                return;
            }

            _stopping = true;
            Monitor.Pulse(_gate);
        }

        _writer.Join();
    }
}
