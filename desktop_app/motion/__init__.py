"""The body in motion: a MuJoCo body model following the choreography, poses as a pure
function of (step, t), cameras and scenes to draw. No Qt."""

from __future__ import annotations

from desktop_app.motion.body import ARMS_CHOICES, JOINT_NAMES, Arms, Bone
from desktop_app.motion.camera import Camera, fit_camera, floor_bounds
from desktop_app.motion.export import poses_document
from desktop_app.motion.plan import SPINE, Part3Leader, leader_label, orientation_words
from desktop_app.motion.scene import Glow, Label, Scene, SceneBuilder, Shape, floor_shapes
from desktop_app.motion.timeline import Pose, Timeline, cached_timeline, timeline

__all__ = [
    "ARMS_CHOICES",
    "JOINT_NAMES",
    "SPINE",
    "Arms",
    "Bone",
    "Camera",
    "Glow",
    "Label",
    "Part3Leader",
    "Pose",
    "Scene",
    "SceneBuilder",
    "Shape",
    "Timeline",
    "cached_timeline",
    "fit_camera",
    "floor_bounds",
    "floor_shapes",
    "leader_label",
    "orientation_words",
    "poses_document",
    "timeline",
]
