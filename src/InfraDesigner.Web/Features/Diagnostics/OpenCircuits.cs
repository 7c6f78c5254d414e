using Microsoft.AspNetCore.Components.Server.Circuits;

namespace InfraDesigner.Web.Features.Diagnostics;

/// <summary>How many Blazor circuits the server holds now (connected, or disconnected but kept for a reconnect).</summary>
public sealed class OpenCircuits
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Counts circuits as the server opens and closes them; one per circuit.</summary>
    internal sealed class Counter(OpenCircuits circuits) : CircuitHandler
    {
        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref circuits._count);
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Decrement(ref circuits._count);
            return Task.CompletedTask;
        }
    }
}
