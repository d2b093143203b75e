// `import Gazetteer` brings the geometry and geodesy types too: they are the vocabulary of every record and check.
@_exported import GazetteerGeometry
