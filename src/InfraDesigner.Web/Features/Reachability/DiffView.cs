namespace InfraDesigner.Web.Features.Reachability;

/// <summary>Flows gained and lost from one version to another, out of <see cref="Checked"/> listener flows.</summary>
public sealed record DiffView(string From, string To, IReadOnlyList<FlowChangeView> Gained, IReadOnlyList<FlowChangeView> Lost, int Checked);
