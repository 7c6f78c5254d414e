namespace InfraDesigner.Web.Features.Editing;

/// <summary>One value a rule field offers in its list: the text stored ("element:app-a", "3300") and words for it ("VM app-a").</summary>
public sealed record RuleChoice(string Value, string Label);
