using System.Runtime.CompilerServices;

// The placement tests compare the queue path with the plain scan, which only the engine can choose.
[assembly: InternalsVisibleTo("InfraDesigner.Simulation.Tests")]
