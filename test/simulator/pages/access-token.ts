/**
 * `?access_token=<token>`: the 2022 client opened the Swagger page as `<docUrl>?access_token=<token>`.
 * The script both Swagger pages start with: `accessToken` is the parameter's value (or null), and
 * `hideAccessToken()`, called once Swagger UI is authorised with it, removes the parameter from the
 * address bar (other parameters and the hash stay) when the simulator is told to strip it, as a
 * security-minded page would: the token then lives only in Swagger UI's authorisation state.
 */
import { ACCESS_TOKEN_PARAM } from '../../../lib/resolver/knowledge';
import { scriptJson } from './layout';

export function accessTokenScript(strip: boolean): string {
  return `var accessTokenParam = ${scriptJson(ACCESS_TOKEN_PARAM)};
  var accessToken = new URLSearchParams(location.search).get(accessTokenParam);
  var stripAccessToken = ${scriptJson(strip)};
  function hideAccessToken() {
    if (!accessToken || !stripAccessToken) return;
    var url = new URL(location.href);
    url.searchParams.delete(accessTokenParam);
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  }`;
}
