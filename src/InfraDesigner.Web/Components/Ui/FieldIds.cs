namespace InfraDesigner.Web.Components.Ui;

/// <summary>
/// Ids for field inputs, unique across every field type: a static counter inside the generic
/// <see cref="FieldBase{TValue}"/> would count per value type, so a text field and a number field could
/// both be "field-1" and a label would name the wrong input.
/// </summary>
internal static class FieldIds
{
    private static int _last;

    public static string Next() => $"field-{Interlocked.Increment(ref _last)}";
}
