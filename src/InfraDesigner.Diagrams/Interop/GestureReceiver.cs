using InfraDesigner.Diagrams.Behaviors;
using Microsoft.JSInterop;

namespace InfraDesigner.Diagrams.Interop;

/// <summary>The .NET object the browser module calls, once per finished gesture.</summary>
public sealed class GestureReceiver(Func<CanvasGesture, bool> onGesture)
{
    [JSInvokable]
    public bool OnGesture(CanvasGesture gesture) => onGesture(gesture);
}
