using InfraDesigner.Data.Entities;

namespace InfraDesigner.Web.Accounts;

/// <summary>
/// Runs a topology's use case only for an account with the access it needs. Without any access the topology does not
/// exist for the asker (the use case's own not-found answer: null, false); with too little, the refusal says what is missing.
/// </summary>
internal sealed class TopologyAccessBehavior<TRequest, TResponse>(TopologyAccessCheck check) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TRequest request, MessageHandlerDelegate<TRequest, TResponse> next, CancellationToken cancellationToken)
    {
        if (request is not ITopologyRequest onTopology) return await next(request, cancellationToken);
        var (access, version) = await check.AccessAndVersionAsync(onTopology.TopologyId, cancellationToken);
        if (access == TopologyAccess.None) return default!;
        if (access < onTopology.Needs) throw new TopologyAccessDeniedException(access, onTopology.Needs);
        if (onTopology.Needs > TopologyAccess.Viewer) return await next(request, cancellationToken);
        // Only a use case that reads may take the version along: one that writes makes it stale, and its change
        // notices run other sessions' reloads on this same flow.
        using (VersionReadWithAccess.Hold(onTopology.TopologyId, version!.Value))
            return await next(request, cancellationToken);
    }
}
