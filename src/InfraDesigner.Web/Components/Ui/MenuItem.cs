namespace InfraDesigner.Web.Components.Ui;

/// <summary>One command of a <see cref="ContextMenu"/>; <see cref="Id"/> names it for tests and assistive technology.</summary>
public sealed record MenuItem(string Id, string Label, Func<Task> Run);
