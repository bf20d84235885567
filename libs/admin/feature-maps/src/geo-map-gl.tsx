import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent, Marker } from 'maplibre-gl';
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState } from 'react';
import { loadStyle } from './fallback-style';
import type { MapArea, MapContent, MapPoint } from './map-shapes';
import { areaCollection, boxAround, pointCollection } from './map-shapes';
import { markerElement } from './marker-element';

export interface GeoMapGlProps extends MapContent {
  styleUrl: string | null;
  points: readonly MapPoint[];
  /** Tells the wrapper the map could not be drawn at all, so it shows its fallback. */
  onFailure: () => void;
}

const OSM_ATTRIBUTION = '© OpenStreetMap contributors';
const FRAME_PADDING = 24;

/**
 * MapLibre makes its canvas a region inside the map's own (GeoMap's), named alike: one landmark too
 * many. The canvas is what the arrows pan and + and − zoom, so it is an application instead, which
 * lets a screen reader hand those keys over.
 */
function nameCanvas(map: MapLibreMap, name: string): void {
  const canvas = map.getCanvas();
  canvas.setAttribute('role', 'application');
  canvas.setAttribute('aria-label', name);
}

function addLayers(map: MapLibreMap, areas: readonly MapArea[], points: readonly MapPoint[]): void {
  map.addSource('areas', { type: 'geojson', data: areaCollection(areas) });
  map.addSource('points', { type: 'geojson', data: pointCollection(points) });
  map.addLayer({ id: 'areas-fill', type: 'fill', source: 'areas', paint: { 'fill-color': ['get', 'fill'], 'fill-opacity': ['get', 'fillOpacity'] } });
  map.addLayer({ id: 'areas-line', type: 'line', source: 'areas', paint: { 'line-color': ['get', 'line'], 'line-width': ['get', 'lineWidth'] } });
  map.addLayer({
    id: 'points',
    type: 'circle',
    source: 'points',
    paint: { 'circle-color': ['get', 'color'], 'circle-radius': ['get', 'radius'], 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
  });
}

function frame(map: MapLibreMap, areas: readonly MapArea[], points: readonly MapPoint[], frameIds: readonly string[] | undefined): void {
  const framed = frameIds ? areas.filter((area) => frameIds.includes(area.id)) : areas;
  const box = boxAround(framed, frameIds ? [] : points);
  if (box) map.fitBounds(box, { padding: FRAME_PADDING, animate: false, maxZoom: 16 });
}

/** MapLibre GL over the configured basemap (or a plain one): loaded only where a map is shown. */
export function GeoMapGl({ styleUrl, areas, points, frameIds, onSelectArea, onPick, marker, markerLabel, label, onFailure }: GeoMapGlProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [ready, setReady] = useState(false);
  // The latest props for handlers bound once, when the map is made.
  const latest = useRef({ areas, points, frameIds, onSelectArea, onPick, onFailure, marker, label });
  latest.current = { areas, points, frameIds, onSelectArea, onPick, onFailure, marker, label };
  const markerRef = useRef<Marker | null>(null);

  useEffect(() => {
    let cancelled = false;
    let made: MapLibreMap | null = null;
    void loadStyle(styleUrl).then(({ style, basemap }) => {
      if (cancelled || !container.current) return;
      try {
        made = new maplibregl.Map({
          container: container.current,
          style,
          attributionControl: basemap ? { compact: true, customAttribution: OSM_ATTRIBUTION } : false,
          dragRotate: false,
          pitchWithRotate: false,
          touchPitch: false,
          cooperativeGestures: false,
        });
      } catch {
        latest.current.onFailure();
        return;
      }
      const map = made;
      mapRef.current = map;
      nameCanvas(map, latest.current.label);
      map.touchZoomRotate.disableRotation();
      map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
      // A tile or font that fails (no network) leaves a blank under the quartiers, nothing more.
      map.on('error', () => undefined);
      map.on('load', () => {
        const now = latest.current;
        addLayers(map, now.areas, now.points);
        frame(map, now.areas, now.points, now.frameIds);
        if (now.marker) {
          const element = markerElement(markerLabel ?? label, (move) => {
            const at = latest.current.marker;
            if (!at) return;
            // One key press moves the dot by the same few pixels whatever the zoom.
            const point = map.project([at.lng, at.lat]);
            const next = map.unproject([point.x + move[0], point.y + move[1]]);
            latest.current.onPick?.({ lat: next.lat, lng: next.lng });
          });
          element.dataset['lat'] = now.marker.lat.toFixed(6);
          element.dataset['lng'] = now.marker.lng.toFixed(6);
          markerRef.current = new maplibregl.Marker({ element }).setLngLat([now.marker.lng, now.marker.lat]).addTo(map);
        }
        setReady(true);
      });
      map.on('click', 'areas-fill', (event: MapLayerMouseEvent) => {
        const id = event.features?.[0]?.properties?.['id'];
        if (typeof id === 'string') latest.current.onSelectArea?.(id);
      });
      map.on('click', (event) => latest.current.onPick?.({ lat: event.lngLat.lat, lng: event.lngLat.lng }));
      map.on('mouseenter', 'areas-fill', () => {
        if (latest.current.onSelectArea) map.getCanvas().style.cursor = 'pointer';
      });
      map.on('mouseleave', 'areas-fill', () => {
        map.getCanvas().style.cursor = latest.current.onPick ? 'crosshair' : '';
      });
      if (latest.current.onPick) map.getCanvas().style.cursor = 'crosshair';
    });
    return () => {
      cancelled = true;
      markerRef.current = null;
      made?.remove();
      mapRef.current = null;
    };
    // The map is made once per style; data changes go through setData below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [styleUrl]);

  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    (map.getSource('areas') as GeoJSONSource | undefined)?.setData(areaCollection(areas));
    (map.getSource('points') as GeoJSONSource | undefined)?.setData(pointCollection(points));
  }, [ready, areas, points]);

  useEffect(() => {
    const current = markerRef.current;
    if (!ready || !current || !marker) return;
    current.setLngLat([marker.lng, marker.lat]);
    const element = current.getElement();
    element.dataset['lat'] = marker.lat.toFixed(6);
    element.dataset['lng'] = marker.lng.toFixed(6);
  }, [ready, marker]);

  // Another measure or language renames the map: its canvas too.
  useEffect(() => {
    if (mapRef.current) nameCanvas(mapRef.current, label);
  }, [ready, label]);

  const frameKey = (frameIds ?? []).join(',');
  const areaCount = areas.length;
  useEffect(() => {
    const map = mapRef.current;
    if (ready && map) frame(map, latest.current.areas, latest.current.points, latest.current.frameIds);
  }, [ready, frameKey, areaCount]);

  return <div ref={container} data-testid="geo-map" data-ready={ready ? 'true' : undefined} style={{ position: 'absolute', inset: 0 }} />;
}
