namespace InfraDesigner.Web.Components.Canvas;

/// <summary>One command of the <see cref="CanvasMenu"/>; <see cref="Id"/> names it for tests and assistive technology.</summary>
public sealed record CanvasCommand(string Id, string Label, Func<Task> Run);
