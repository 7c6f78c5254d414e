namespace InfraDesigner.Web.Components.Fields;

/// <summary>One choice of a <see cref="SelectInput{T}"/>: the value it stands for and the words shown for it.</summary>
public sealed record SelectOption<TValue>(TValue Value, string Text);
