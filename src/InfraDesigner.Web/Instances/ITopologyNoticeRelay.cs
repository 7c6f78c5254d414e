using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Instances;

/// <summary>Carries a stored change to the other app instances serving the same database.</summary>
public interface ITopologyNoticeRelay
{
    Task SendAsync(TopologyChangeNotice notice, CancellationToken cancellationToken = default);
}

/// <summary>One instance (the embedded SQLite default): nobody else to tell.</summary>
internal sealed class SingleInstanceRelay : ITopologyNoticeRelay
{
    public Task SendAsync(TopologyChangeNotice notice, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
