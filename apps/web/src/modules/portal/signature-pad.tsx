// A drawn signature: a small canvas written on with mouse, pen or finger, handed on as a PNG data URL. The
// typed full name is what signs; the drawing is optional, and the server checks it is a small real PNG.
import { Button } from 'antd';
import { useEffect, useRef } from 'react';
import { t } from '../../app/i18n.ts';

const WIDTH = 360;
const HEIGHT = 120;

export function SignaturePad({ onChange }: { onChange: (png: string | null) => void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const drawn = useRef(false);

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.lineWidth = 2.5;
    context.lineCap = 'round';
    context.strokeStyle = '#1f1f1f';
  }, []);

  const point = (event: React.PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return {
      x: ((event.clientX - box.left) / box.width) * WIDTH,
      y: ((event.clientY - box.top) / box.height) * HEIGHT,
    };
  };
  const clear = () => {
    canvas.current?.getContext('2d')?.clearRect(0, 0, WIDTH, HEIGHT);
    drawn.current = false;
    onChange(null);
  };

  return (
    <div className="signature-pad">
      <canvas
        ref={canvas}
        width={WIDTH}
        height={HEIGHT}
        aria-label={t('obligation.portal.draw')}
        style={{ border: '1px solid #d9d9d9', borderRadius: 4, touchAction: 'none', maxWidth: '100%' }}
        onPointerDown={(event) => {
          const context = event.currentTarget.getContext('2d');
          if (!context) return;
          event.currentTarget.setPointerCapture(event.pointerId);
          drawing.current = true;
          const { x, y } = point(event);
          context.beginPath();
          context.moveTo(x, y);
        }}
        onPointerMove={(event) => {
          if (!drawing.current) return;
          const context = event.currentTarget.getContext('2d');
          const { x, y } = point(event);
          context?.lineTo(x, y);
          context?.stroke();
          drawn.current = true;
        }}
        onPointerUp={(event) => {
          drawing.current = false;
          if (drawn.current) onChange(event.currentTarget.toDataURL('image/png'));
        }}
      />
      <div>
        <Button size="small" onClick={clear}>
          {t('obligation.portal.clear')}
        </Button>
      </div>
    </div>
  );
}
