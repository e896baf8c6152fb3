// Plaza's GraphiQL page: GraphiQL with the explorer plugin, talking to the page's own endpoint
// (HTTP and graphql-transport-ws). A script file, not inline, so that the page's
// Content-Security-Policy can say script-src 'self' and nothing else.
(function () {
  "use strict";
  const EXAMPLE_QUERY = `# Plaza: a GraphQL API for multi-merchant commerce.
#
# Sign in with tokenCreate, then put {"Authorization": "Bearer <token>"} in Headers below.
# Run a query with Ctrl-Enter; the Docs panel lists every type.
{
  products(storefront: "mall", first: 3) {
    edges { node { name priceFrom { amount currency } } }
  }
}
`;
  const parameters = {};
  for (const entry of window.location.search.slice(1).split("&")) {
    const eq = entry.indexOf("=");
    if (eq >= 0) {
      parameters[decodeURIComponent(entry.slice(0, eq))] = decodeURIComponent(entry.slice(eq + 1));
    }
  }
  function updateURL(data) {
    Object.assign(parameters, data);
    const search = Object.keys(parameters)
      .filter((key) => Boolean(parameters[key]))
      .map((key) => encodeURIComponent(key) + "=" + encodeURIComponent(parameters[key]))
      .join("&");
    history.replaceState(null, null, "?" + search);
  }
  const fetchURL = window.location.href.split("?")[0];
  const wsURL = new URL(fetchURL);
  wsURL.protocol = wsURL.protocol === "http:" ? "ws:" : "wss:";
  wsURL.hash = "";
  const fetcher = GraphiQL.createFetcher({ url: fetchURL, subscriptionUrl: wsURL.toString() });

  function PlazaGraphiQL() {
    const [query, setQuery] = React.useState(parameters.q || EXAMPLE_QUERY);
    const [variables, setVariables] = React.useState(parameters.variables);
    const [headers, setHeaders] = React.useState(parameters.headers);
    const explorer = GraphiQLPluginExplorer.explorerPlugin();
    return React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultEditorToolsVisibility: true,
      plugins: [explorer],
      query: query,
      variables: variables,
      headers: headers,
      onEditQuery: (q) => { setQuery(q); updateURL({ q: q }); },
      onEditVariables: (v) => { setVariables(v); updateURL({ variables: v }); },
      onEditHeaders: setHeaders,
      inputValueDeprecation: true,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
    });
  }
  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(PlazaGraphiQL)
  );
})();
