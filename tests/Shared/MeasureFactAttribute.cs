namespace InfraDesigner.Testing;

/// <summary>
/// A measuring run that prints figures instead of asserting timings: reported as skipped unless
/// INFRADESIGNER_MEASURE=1, so a normal test run neither pays for it nor counts it as passed.
/// </summary>
public sealed class MeasureFactAttribute : FactAttribute
{
    public const string Variable = "INFRADESIGNER_MEASURE";

    public MeasureFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1") Skip = $"a measuring run: set {Variable}=1 to take the figures";
    }
}
