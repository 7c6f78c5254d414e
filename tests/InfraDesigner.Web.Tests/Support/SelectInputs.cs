using System.Collections;
using System.Reflection;
using Bunit;
using InfraDesigner.Web.Components.Fields;
using Microsoft.AspNetCore.Components;

namespace InfraDesigner.Web.Tests.Support;

/// <summary>
/// A <see cref="SelectInput{T}"/> in a rendered component, found by an attribute its input carries. Its options are
/// drawn in a popover (in a browser, over the page), so a test picks one as the select itself would: by its value.
/// </summary>
public sealed class SelectInputs
{
    private readonly IRenderedComponent<IComponent> _select;

    private SelectInputs(IRenderedComponent<IComponent> select) => _select = select;

    public static SelectInputs FindWith(string selector, IRenderedComponent<IComponent> root) =>
        new(root.FindComponents<IComponent>()
                .Where(c => c.Instance.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(SelectInput<>))
                .FirstOrDefault(c => c.FindAll(selector).Count > 0)
            ?? throw new InvalidOperationException($"No select with {selector}."));

    public IReadOnlyList<string> Texts => [.. Options.Select(o => o.Text)];

    public Task ChooseAsync(string text)
    {
        var matching = Options.Where(o => o.Text == text).ToList();
        if (matching is not [var option]) throw new InvalidOperationException($"No option '{text}'; there are: {string.Join(", ", Texts)}.");
        var instance = _select.Instance;
        var valueType = instance.GetType().GetGenericArguments()[0];
        // SelectOption(T value), not SelectOption(int index): with T int both take an int.
        var select = instance.GetType().GetMethods().Single(m => m.Name == "SelectOption" && m.GetParameters() is [{ } p] && p.ParameterType == valueType && TakesT(m));
        return _select.InvokeAsync(() => (Task)select.Invoke(instance, [option.Value])!);
    }

    private static bool TakesT(MethodInfo method) =>
        method.DeclaringType is not { IsGenericType: true } declaring
        || declaring.GetGenericTypeDefinition().GetMethods().Single(d => d.MetadataToken == method.MetadataToken).GetParameters()[0].ParameterType.IsGenericParameter;

    private IEnumerable<(object? Value, string Text)> Options =>
        ((IEnumerable)_select.Instance.GetType().GetProperty(nameof(SelectInput<object>.Options))!.GetValue(_select.Instance)!)
            .Cast<object>()
            .Select(o => (o.GetType().GetProperty("Value")!.GetValue(o), (string)o.GetType().GetProperty("Text")!.GetValue(o)!));
}
