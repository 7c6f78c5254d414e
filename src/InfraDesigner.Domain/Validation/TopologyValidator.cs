using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Validation;

/// <summary>
/// Checks a topology and reports every problem, each with the JSON path of the field at fault.
/// Errors block simulation and import; warnings are shown.
/// </summary>
public static partial class TopologyValidator
{
    public static EquatableArray<Problem> Validate(Topology topology)
    {
        ArgumentNullException.ThrowIfNull(topology);
        var context = new ValidationContext(topology);
        CheckNames(context);
        CheckZonesAndVlans(context);
        CheckCanvas(context);
        CheckInterfaces(context);
        CheckLinks(context);
        CheckCompute(context);
        CheckFirewalls(context);
        CheckRouting(context);
        CheckServices(context);
        CheckStorage(context);
        CheckIntents(context);
        return context.Problems.ToEquatableArray();
    }

    public static bool HasErrors(this EquatableArray<Problem> problems) => problems.Any(problem => problem.IsError);

    /// <summary>Runs a check on every element of type <typeparamref name="T"/>, with its path.</summary>
    private static void ForEach<T>(ValidationContext context, Action<T, string> check) where T : Element
    {
        for (var index = 0; index < context.Topology.Elements.Count; index++)
        {
            if (context.Topology.Elements[index] is T element)
            {
                check(element, ValidationContext.ElementPath(index));
            }
        }
    }
}
