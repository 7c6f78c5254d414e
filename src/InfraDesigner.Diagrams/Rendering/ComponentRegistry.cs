namespace InfraDesigner.Diagrams.Rendering;

/// <summary>Which Razor component draws which model type; a type without its own entry uses its nearest base type's.</summary>
public sealed class ComponentRegistry
{
    private readonly Dictionary<Type, Type> _components = [];

    public void Register(Type modelType, Type componentType) => _components[modelType] = componentType;

    public Type? Resolve(Type modelType)
    {
        for (var t = modelType; t is not null; t = t.BaseType)
            if (_components.TryGetValue(t, out var component))
                return component;
        return null;
    }
}
