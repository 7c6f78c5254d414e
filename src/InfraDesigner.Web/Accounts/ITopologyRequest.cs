using InfraDesigner.Data.Entities;

namespace InfraDesigner.Web.Accounts;

/// <summary>A use case on one stored topology, and the access it needs; <see cref="TopologyAccessBehavior{TRequest,TResponse}"/> enforces it.</summary>
public interface ITopologyRequest
{
    Guid TopologyId { get; }

    /// <summary>Reading and asking need a viewer; the requests that change it say more.</summary>
    TopologyAccess Needs => TopologyAccess.Viewer;
}
