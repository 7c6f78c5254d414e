namespace InfraDesigner.Web.Components.Panels;

/// <summary>
/// The firewall rule to point out in the rules editor (opened from a reachability answer): rule <see cref="Number"/>
/// (1-based) of <see cref="Firewall"/>, or its default action when <see cref="Number"/> is null.
/// </summary>
public sealed record RuleFocus(string Firewall, int? Number);
