namespace InfraDesigner.Web.Components.Ui;

public sealed record SelectOption<TValue>(TValue Value, string Text);
