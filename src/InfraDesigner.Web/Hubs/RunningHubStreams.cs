namespace InfraDesigner.Web.Hubs;

/// <summary>
/// How many simulation hub streams are running now. A stream counts until its engine has stopped, so a cancelled
/// run that still held a thread would show here (reported by the diagnostics endpoint).
/// </summary>
public sealed class RunningHubStreams
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public IDisposable Start()
    {
        Interlocked.Increment(ref _count);
        return new Stopped(this);
    }

    private sealed class Stopped(RunningHubStreams streams) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) Interlocked.Decrement(ref streams._count);
        }
    }
}
