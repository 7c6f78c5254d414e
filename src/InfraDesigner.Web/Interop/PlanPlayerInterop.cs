using Microsoft.JSInterop;

namespace InfraDesigner.Web.Interop;

/// <summary>One migration of a DRS plan as the plan player moves it on the canvas.</summary>
public sealed record PlannedMove(string Vm, string From, string To);

/// <summary>The typed wrapper of Components/Simulation/PlanControls.razor.js, the DRS plan played on the canvas.</summary>
public sealed class PlanPlayerInterop(IJSRuntime js) : JsModule(js, "./Components/Simulation/PlanControls.razor.js")
{
    public ValueTask LoadAsync(IReadOnlyList<PlannedMove> moves) => InvokeVoidAsync("load", moves);

    public ValueTask ClearAsync() => InvokeVoidAsync("clear");

    public ValueTask PlayAsync() => InvokeVoidAsync("play");

    public ValueTask PauseAsync() => InvokeVoidAsync("pause");

    public ValueTask StepAsync(int delta) => InvokeVoidAsync("step", delta);

    public ValueTask SetSpeedAsync(double speed) => InvokeVoidAsync("setSpeed", speed);
}
