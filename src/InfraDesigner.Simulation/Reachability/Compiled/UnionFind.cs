namespace InfraDesigner.Simulation.Reachability.Compiled;

internal sealed class UnionFind(int size)
{
    private readonly int[] _parent = Enumerable.Range(0, size).ToArray();

    public int Find(int node)
    {
        while (_parent[node] != node)
        {
            _parent[node] = _parent[_parent[node]];
            node = _parent[node];
        }
        return node;
    }

    public void Union(int a, int b) => _parent[Find(a)] = Find(b);
}
